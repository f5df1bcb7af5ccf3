package jp.juchu.jobs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps job files on disk (uploads can be tens of megabytes; the database keeps only their
 * metadata). Paths are generated, never taken from a file name, so names cannot escape the folder.
 */
@Component
class JobFileStore {

    private final Path root;

    JobFileStore(@Value("${juchu.files-dir:./data/files}") Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    StoredFile store(long jobId, InputStream content) {
        try {
            Path dir = root.resolve(String.valueOf(jobId));
            Files.createDirectories(dir);
            Path target = dir.resolve(UUID.randomUUID().toString());
            long size = Files.copy(content, target, StandardCopyOption.REPLACE_EXISTING);
            return new StoredFile(root.relativize(target).toString(), size);
        } catch (IOException e) {
            throw new UncheckedIOException("ジョブのファイルを保存できませんでした", e);
        }
    }

    InputStream open(String storagePath) throws IOException {
        Path file = root.resolve(storagePath).normalize();
        if (!file.startsWith(root)) {
            throw new IOException("invalid storage path");
        }
        return Files.newInputStream(file);
    }

    record StoredFile(String path, long size) {
    }
}
