package jp.juchu.audit.web;

import java.util.List;
import java.util.Map;
import jp.juchu.audit.OperationLog;
import jp.juchu.audit.OperationLogEntry;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** 担当者ごとの操作ログ: a screen for admins and the same data as JSON. */
@Controller
class OperationLogController {

    private final OperationLog log;

    OperationLogController(OperationLog log) {
        this.log = log;
    }

    @GetMapping("/settings/operation-log")
    String screen(@RequestParam(required = false) String username, @RequestParam(required = false) String area,
                  @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("entries", log.recent(username, area, page, 100));
        model.addAttribute("username", username);
        model.addAttribute("area", area);
        return "audit/operation-log";
    }

    @GetMapping("/api/operation-log")
    @ResponseBody
    List<Map<String, Object>> api(@RequestParam(required = false) String username, @RequestParam(required = false) String area,
                                  @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size) {
        Page<OperationLogEntry> entries = log.recent(username, area, page, size);
        return entries.map(e -> Map.<String, Object>of(
                "at", e.getOccurredAt().toString(), "username", e.getUsername(), "area", e.getArea(),
                "action", e.getAction(), "target", String.valueOf(e.getTarget()),
                "detail", String.valueOf(e.getDetail()))).getContent();
    }
}
