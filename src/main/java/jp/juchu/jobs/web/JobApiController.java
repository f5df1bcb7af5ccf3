package jp.juchu.jobs.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.juchu.jobs.JobRun;
import jp.juchu.jobs.Jobs;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/jobs")
class JobApiController {

    static final int ERROR_LIMIT = 1000;

    private final Jobs jobs;

    JobApiController(Jobs jobs) {
        this.jobs = jobs;
    }

    @GetMapping
    Map<String, Object> list(@RequestParam(required = false) String type, @RequestParam(defaultValue = "0") int page,
                             @RequestParam(defaultValue = "50") int size) {
        var result = jobs.recent(type, page, size);
        return Map.of("items", result.map(JobJson::summary).getContent(), "total", result.getTotalElements());
    }

    @GetMapping("/{id}")
    Map<String, Object> get(@PathVariable long id) {
        JobRun run = jobs.require(id);
        Map<String, Object> json = new LinkedHashMap<>(JobJson.summary(run));
        json.put("errorCount", jobs.errorCount(id));
        json.put("errors", jobs.errors(id, ERROR_LIMIT).stream().map(JobJson::error).toList());
        json.put("files", jobs.files(id).stream().map(JobJson::file).toList());
        return json;
    }

    @PostMapping("/{id}/rerun")
    ResponseEntity<Map<String, Object>> rerun(@PathVariable long id) {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("jobId", jobs.rerun(id)));
    }

    @GetMapping("/{id}/files/{name}")
    ResponseEntity<InputStreamResource> file(@PathVariable long id, @PathVariable String name) throws IOException {
        return download(jobs.openFile(id, name), name);
    }

    static ResponseEntity<InputStreamResource> download(InputStream content, String name) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body(new InputStreamResource(content));
    }

}
