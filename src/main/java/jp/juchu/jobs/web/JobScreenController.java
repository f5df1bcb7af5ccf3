package jp.juchu.jobs.web;

import java.io.IOException;
import java.util.Map;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import jp.juchu.jobs.Jobs;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** スケジュール一覧 (job history) and ダウンロード一覧 (files produced by jobs). */
@Controller
@RequestMapping("/jobs")
class JobScreenController {

    private final Jobs jobs;

    JobScreenController(Jobs jobs) {
        this.jobs = jobs;
    }

    @GetMapping
    String list(@RequestParam(required = false) String type, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("jobs", jobs.recent(type, page, 50));
        model.addAttribute("type", type);
        return "jobs/list";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("job", jobs.require(id));
        model.addAttribute("errors", jobs.errors(id, JobApiController.ERROR_LIMIT));
        model.addAttribute("errorCount", jobs.errorCount(id));
        model.addAttribute("files", jobs.files(id));
        return "jobs/detail";
    }

    /** The progress bar's poll: same session as the screen (the /api chain is stateless Basic auth). */
    @GetMapping("/{id}/progress")
    @ResponseBody
    Map<String, Object> progress(@PathVariable long id) {
        return JobJson.summary(jobs.require(id));
    }

    @PostMapping("/{id}/rerun")
    String rerun(@PathVariable long id) {
        return "redirect:/jobs/" + jobs.rerun(id);
    }

    @GetMapping("/{id}/files/{name}")
    ResponseEntity<InputStreamResource> file(@PathVariable long id, @PathVariable String name) throws IOException {
        return JobApiController.download(jobs.openFile(id, name), name);
    }

    @GetMapping("/downloads")
    String downloads(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("files", jobs.outputs(page, 100));
        return "jobs/downloads";
    }
}
