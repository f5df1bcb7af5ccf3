package jp.juchu.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialKeyConfigurationTest {

    @TempDir
    Path dir;

    @Test
    void generatesAKeyFileOnFirstStartAndReusesIt() throws Exception {
        Path file = dir.resolve("data/secret.key");
        byte[] first = CredentialKeyConfiguration.loadKey("", file, new SecureRandom());
        byte[] second = CredentialKeyConfiguration.loadKey(null, file, new SecureRandom());

        assertThat(first).hasSize(32).isEqualTo(second);
        assertThat(Base64.getDecoder().decode(Files.readString(file))).isEqualTo(first);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
    }

    @Test
    void prefersTheConfiguredKeyAndWritesNoFile() {
        byte[] key = new byte[32];
        key[5] = 7;
        Path file = dir.resolve("unused.key");
        assertThat(CredentialKeyConfiguration.loadKey(Base64.getEncoder().encodeToString(key), file, new SecureRandom()))
                .isEqualTo(key);
        assertThat(file).doesNotExist();
    }

    @Test
    void rejectsAKeyOfTheWrongLengthOrFormat() {
        Path file = dir.resolve("unused.key");
        assertThatThrownBy(() -> CredentialKeyConfiguration.loadKey(Base64.getEncoder().encodeToString(new byte[16]), file, new SecureRandom()))
                .hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> CredentialKeyConfiguration.loadKey("***", file, new SecureRandom()))
                .hasMessageContaining("base64");
    }

    @Test
    void aDamagedKeyFileStopsTheStartInsteadOfReplacingTheKey() throws Exception {
        Path file = dir.resolve("secret.key");
        Files.writeString(file, "c2hvcnQ=");
        assertThatThrownBy(() -> CredentialKeyConfiguration.loadKey("", file, new SecureRandom()))
                .hasMessageContaining("32 bytes");
        assertThat(Files.readString(file)).isEqualTo("c2hvcnQ=");
    }
}
