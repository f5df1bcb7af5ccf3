package jp.juchu.jobs;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import jp.juchu.core.ConflictException;
import jp.juchu.core.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Files of jobs: metadata in {@code job_file}, content in the {@link JobFileStore}. */
@Component
class JobFileAccess {

    private final JobFiles files;
    private final JobFileStore store;
    private final Clock clock;

    JobFileAccess(JobFiles files, JobFileStore store, Clock clock) {
        this.files = files;
        this.store = store;
        this.clock = clock;
    }

    @Transactional
    void addInput(long jobId, String name, InputStream content) {
        add(jobId, name, JobFile.Role.INPUT, content);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void addOutput(long jobId, String name, InputStream content) {
        add(jobId, name, JobFile.Role.OUTPUT, content);
    }

    @Transactional
    void copyInputs(long fromJob, long toJob) {
        for (JobFile file : files.findByJobIdOrderById(fromJob)) {
            if (file.getRole() == JobFile.Role.INPUT) {
                files.save(new JobFile(toJob, file.getName(), JobFile.Role.INPUT, file.getSize(), file.getStoragePath(), clock.instant()));
            }
        }
    }

    @Transactional(readOnly = true)
    List<String> inputNames(long jobId) {
        return files.findByJobIdOrderById(jobId).stream()
                .filter(f -> f.getRole() == JobFile.Role.INPUT).map(JobFile::getName).toList();
    }

    @Transactional(readOnly = true)
    InputStream openInput(long jobId, String name) throws IOException {
        JobFile file = files.findByJobIdAndName(jobId, name)
                .filter(f -> f.getRole() == JobFile.Role.INPUT)
                .orElseThrow(() -> new NotFoundException("入力ファイル「" + name + "」がありません"));
        return store.open(file.getStoragePath());
    }

    @Transactional(readOnly = true)
    InputStream open(long jobId, String name) throws IOException {
        JobFile file = files.findByJobIdAndName(jobId, name)
                .orElseThrow(() -> new NotFoundException("ファイル「" + name + "」はありません"));
        return store.open(file.getStoragePath());
    }

    private void add(long jobId, String name, JobFile.Role role, InputStream content) {
        if (files.findByJobIdAndName(jobId, name).isPresent()) {
            throw new ConflictException("file", "ファイル名「" + name + "」はこのジョブに既にあります");
        }
        JobFileStore.StoredFile stored = store.store(jobId, content);
        files.save(new JobFile(jobId, name, role, stored.size(), stored.path(), clock.instant()));
    }
}
