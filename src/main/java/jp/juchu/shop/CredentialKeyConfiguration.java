package jp.juchu.shop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where the credential key comes from: {@code juchu.secret-key} (base64 of 32 bytes, env
 * JUCHU_SECRET_KEY) or else the key file {@code juchu.secret-key-file}, generated on first start.
 * The key is never stored in the database, so a database dump alone does not reveal credentials.
 */
@Configuration(proxyBeanMethods = false)
class CredentialKeyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CredentialKeyConfiguration.class);

    @Bean
    CredentialCipher credentialCipher(@Value("${juchu.secret-key:}") String configuredKey,
                                      @Value("${juchu.secret-key-file:./data/secret.key}") String keyFile) {
        return new CredentialCipher(loadKey(configuredKey, Path.of(keyFile), new SecureRandom()));
    }

    static byte[] loadKey(String configuredKey, Path keyFile, SecureRandom random) {
        if (configuredKey != null && !configuredKey.isBlank()) {
            return decode(configuredKey, "juchu.secret-key (JUCHU_SECRET_KEY)");
        }
        if (!Files.exists(keyFile)) {
            generate(keyFile, random);
        }
        try {
            return decode(Files.readString(keyFile, StandardCharsets.US_ASCII), "key file " + keyFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the credential key file " + keyFile, e);
        }
    }

    private static byte[] decode(String base64, String source) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The credential key from " + source + " is not valid base64", e);
        }
        if (key.length != CredentialCipher.KEY_BYTES) {
            throw new IllegalStateException("The credential key from " + source + " must be "
                    + CredentialCipher.KEY_BYTES + " bytes, but has " + key.length);
        }
        return key;
    }

    private static void generate(Path keyFile, SecureRandom random) {
        byte[] key = new byte[CredentialCipher.KEY_BYTES];
        random.nextBytes(key);
        try {
            Path parent = keyFile.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            createOwnerOnly(keyFile);
            Files.writeString(keyFile, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII,
                    StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
            log.warn("Generated a new credential key in {}. Back it up: without it stored mall credentials cannot be read.",
                    keyFile.toAbsolutePath());
        } catch (FileAlreadyExistsException e) {
            log.info("Credential key file {} was created concurrently; using it", keyFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the credential key file " + keyFile, e);
        }
    }

    private static void createOwnerOnly(Path keyFile) throws IOException {
        try {
            Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rw-------");
            Files.createFile(keyFile, PosixFilePermissions.asFileAttribute(ownerOnly));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(keyFile);
            keyFile.toFile().setReadable(false, false);
            keyFile.toFile().setReadable(true, true);
            keyFile.toFile().setWritable(false, false);
            keyFile.toFile().setWritable(true, true);
        }
    }
}
