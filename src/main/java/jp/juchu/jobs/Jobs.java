package jp.juchu.jobs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import jp.juchu.core.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Submits jobs and answers what they did (スケジュール一覧 / ダウンロード一覧). */
@Service
public class Jobs {

    private static final TypeReference<Map<String, String>> PARAMETERS = new TypeReference<>() { };

    private final JobRuns runs;
    private final JobErrors errors;
    private final JobFiles files;
    private final JobFileAccess fileAccess;
    private final JobRunner runner;
    private final ObjectMapper json;
    private final Clock clock;

    Jobs(JobRuns runs, JobErrors errors, JobFiles files, JobFileAccess fileAccess, JobRunner runner, ObjectMapper json, Clock clock) {
        this.runs = runs;
        this.errors = errors;
        this.files = files;
        this.fileAccess = fileAccess;
        this.runner = runner;
        this.json = json;
        this.clock = clock;
    }

    /** Stores the job and its input files; it starts on a background thread once the transaction commits. */
    @Transactional
    public long submit(JobRequest request) {
        runner.requireHandler(request.type());
        JobRun run = runs.save(new JobRun(request.type(), request.label(), currentUser(), write(request.parameters()), null, clock.instant()));
        for (JobRequest.Input input : request.inputs()) {
            fileAccess.addInput(run.getId(), input.name(), input.content());
        }
        startAfterCommit(run.getId());
        return run.getId();
    }

    /** Runs a finished job again on the same input files and parameters (e.g. after a crash). */
    @Transactional
    public long rerun(long jobId) {
        JobRun original = require(jobId);
        JobRun run = runs.save(new JobRun(original.getType(), original.getLabel() + " (再実行)", currentUser(),
                original.getParameters(), original.getId(), clock.instant()));
        fileAccess.copyInputs(original.getId(), run.getId());
        startAfterCommit(run.getId());
        return run.getId();
    }

    @Transactional(readOnly = true)
    public JobRun require(long jobId) {
        return runs.findById(jobId).orElseThrow(() -> new NotFoundException("ジョブ " + jobId + " はありません"));
    }

    @Transactional(readOnly = true)
    public Page<JobRun> recent(String type, int page, int size) {
        PageRequest request = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200));
        return type == null || type.isBlank() ? runs.findAllByOrderByIdDesc(request) : runs.findByTypeOrderByIdDesc(type, request);
    }

    @Transactional(readOnly = true)
    public List<JobError> errors(long jobId, int limit) {
        return errors.findByJobIdOrderById(jobId, PageRequest.of(0, Math.max(1, limit)));
    }

    @Transactional(readOnly = true)
    public long errorCount(long jobId) {
        return errors.countByJobId(jobId);
    }

    @Transactional(readOnly = true)
    public List<JobFile> files(long jobId) {
        return files.findByJobIdOrderById(jobId);
    }

    @Transactional(readOnly = true)
    public Page<JobFile> outputs(int page, int size) {
        return files.findByRoleOrderByIdDesc(JobFile.Role.OUTPUT, PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200)));
    }

    public InputStream openFile(long jobId, String name) throws IOException {
        require(jobId);
        return fileAccess.open(jobId, name);
    }

    public Map<String, String> parameters(JobRun run) {
        try {
            return run.getParameters() == null ? Map.of() : json.readValue(run.getParameters(), PARAMETERS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored job parameters are not JSON", e);
        }
    }

    private void startAfterCommit(long jobId) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    runner.start(jobId);
                }
            });
        } else {
            runner.start(jobId);
        }
    }

    private String write(Map<String, String> parameters) {
        try {
            return json.writeValueAsString(parameters);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static String currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }
}
