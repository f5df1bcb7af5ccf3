package jp.juchu.orchestration.web;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.juchu.core.InvalidInputException;
import jp.juchu.order.OrderBook;
import jp.juchu.order.OrderStatus;
import jp.juchu.orchestration.OrderProcess;
import jp.juchu.orchestration.OrderTimeline;
import jp.juchu.orchestration.ProcessTask;
import jp.juchu.orchestration.ProgressChange;
import jp.juchu.orchestration.StuckOrder;
import jp.juchu.orchestration.TimelineEntry;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The order process over HTTP: tasks, 進捗変更/保留/キャンセル, stuck orders, timeline. */
@RestController
class ProcessApiController {

    private final OrderProcess process;
    private final OrderBook orders;
    private final ProgressChange progress;
    private final OrderTimeline timeline;

    ProcessApiController(OrderProcess process, OrderBook orders, ProgressChange progress, OrderTimeline timeline) {
        this.process = process;
        this.orders = orders;
        this.progress = progress;
        this.timeline = timeline;
    }

    @GetMapping("/api/tasks")
    List<Map<String, Object>> tasks(@RequestParam(required = false) Long orderId, @RequestParam(required = false) String type) {
        return process.openTasks(orderId, type).stream().map(ProcessApiController::task).toList();
    }

    @GetMapping("/api/tasks/{key}")
    Map<String, Object> task(@PathVariable long key) {
        Map<String, Object> body = task(process.task(key));
        body.put("variables", process.taskVariables(key));
        return body;
    }

    @PostMapping("/api/tasks/{key}/complete")
    Map<String, Object> complete(@PathVariable long key, @RequestBody(required = false) Map<String, Object> variables) {
        process.completeTask(key, variables == null ? Map.of() : variables);
        return Map.of("key", String.valueOf(key), "completed", true);
    }

    @PostMapping("/api/tasks/{key}/claim")
    Map<String, Object> claim(@PathVariable long key, Principal user) {
        process.claimTask(key, user.getName());
        return task(process.task(key));
    }

    @PostMapping("/api/tasks/{key}/unclaim")
    Map<String, Object> unclaim(@PathVariable long key) {
        process.unclaimTask(key);
        return task(process.task(key));
    }

    @PostMapping("/api/orders/{id}/cancel")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, Object> cancel(@PathVariable long id, @RequestBody(required = false) Map<String, Object> body, Principal user) {
        Object reason = body == null ? null : body.get("reason");
        orders.requestCancellation(id, user.getName(), reason == null ? null : reason.toString());
        return accepted(id, "キャンセルを受け付けました");
    }

    @PostMapping("/api/orders/{id}/hold")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, Object> hold(@PathVariable long id, Principal user) {
        orders.requestHold(id, user.getName());
        return accepted(id, "保留を受け付けました");
    }

    @PostMapping("/api/orders/{id}/release")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, Object> release(@PathVariable long id, Principal user) {
        orders.requestRelease(id, user.getName());
        return accepted(id, "保留解除を受け付けました");
    }

    @PostMapping("/api/orders/{id}/progress")
    Map<String, Object> progress(@PathVariable long id, @RequestBody Map<String, Object> body, Principal user) {
        Object status = body == null ? null : body.get("status");
        progress.change(id, status(status), user.getName());
        Map<String, Object> result = accepted(id, "進捗を変更しました");
        result.put("manualProgress", true);
        return result;
    }

    @GetMapping("/api/orders/{id}/timeline")
    List<TimelineEntry> timeline(@PathVariable long id) {
        return timeline.of(id);
    }

    @GetMapping("/api/incidents")
    List<Map<String, Object>> incidents() {
        return process.stuckOrders().stream().map(ProcessApiController::incident).toList();
    }

    @PostMapping("/api/incidents/{key}/retry")
    Map<String, Object> retry(@PathVariable long key, @RequestBody(required = false) Map<String, Object> body) {
        Object value = body == null ? null : body.get("retries");
        if (value != null && !(value instanceof Integer)) {
            throw new InvalidInputException("retries", "再試行回数は 1 以上の整数で指定してください");
        }
        int retries = value == null ? 3 : (Integer) value;
        if (retries < 1) {
            throw new InvalidInputException("retries", "再試行回数は 1 以上にしてください");
        }
        process.retry(key, retries);
        return Map.of("key", String.valueOf(key), "retried", true, "retries", retries);
    }

    private Map<String, Object> accepted(long orderId, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("orderId", orderId);
        body.put("accepted", true);
        body.put("status", orders.require(orderId).getStatus().name());
        body.put("message", message);
        return body;
    }

    private static OrderStatus status(Object value) {
        if (value == null || value.toString().isBlank()) {
            throw new InvalidInputException("status", "変更先の受注進捗 (status) を指定してください");
        }
        try {
            return OrderStatus.valueOf(value.toString().trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status", "受注進捗「" + value + "」はありません");
        }
    }

    static Map<String, Object> task(ProcessTask task) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("key", String.valueOf(task.key()));
        body.put("type", task.type());
        body.put("orderId", task.orderId());
        body.put("formId", task.formId());
        body.put("assignee", task.assignee());
        body.put("name", task.name());
        body.put("candidateGroups", task.candidateGroups());
        body.put("createdAt", task.createdAt());
        return body;
    }

    private static Map<String, Object> incident(StuckOrder stuck) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("key", String.valueOf(stuck.key()));
        body.put("orderId", stuck.orderId());
        body.put("processInstanceKey", String.valueOf(stuck.processInstanceKey()));
        body.put("elementId", stuck.elementId());
        body.put("elementName", stuck.elementName());
        body.put("errorType", stuck.errorType());
        body.put("errorMessage", stuck.errorMessage());
        body.put("createdAt", stuck.createdAt());
        body.put("ageSeconds", stuck.age().toSeconds());
        body.put("jobKey", stuck.jobKey() == null ? null : String.valueOf(stuck.jobKey()));
        return body;
    }
}
