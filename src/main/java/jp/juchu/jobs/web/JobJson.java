package jp.juchu.jobs.web;

import java.util.LinkedHashMap;
import java.util.Map;
import jp.juchu.jobs.JobError;
import jp.juchu.jobs.JobFile;
import jp.juchu.jobs.JobRun;

final class JobJson {

    private JobJson() {
    }

    static Map<String, Object> summary(JobRun run) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", run.getId());
        json.put("type", run.getType());
        json.put("label", run.getLabel());
        json.put("state", run.getState().name());
        json.put("stateLabel", run.getState().label());
        json.put("startedBy", run.getStartedBy());
        json.put("processed", run.getProcessed());
        json.put("total", run.getTotal());
        json.put("percent", run.getPercent());
        json.put("imported", run.getImported());
        json.put("updated", run.getUpdated());
        json.put("duplicates", run.getDuplicates());
        json.put("rejected", run.getRejected());
        json.put("message", run.getMessage());
        json.put("rerunOf", run.getRerunOf());
        json.put("submittedAt", run.getSubmittedAt());
        json.put("startedAt", run.getStartedAt());
        json.put("finishedAt", run.getFinishedAt());
        return json;
    }

    static Map<String, Object> error(JobError error) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("line", error.getLine());
        json.put("column", error.getColumn());
        json.put("orderNumber", error.getOrderNumber());
        json.put("message", error.getMessage());
        return json;
    }

    static Map<String, Object> file(JobFile file) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", file.getName());
        json.put("size", file.getSize());
        json.put("role", file.getRole().name());
        return json;
    }
}
