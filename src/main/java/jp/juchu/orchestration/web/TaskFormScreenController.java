package jp.juchu.orchestration.web;

import io.camunda.client.api.command.ClientHttpException;
import java.security.Principal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import jp.juchu.core.NotFoundException;
import jp.juchu.order.OrderBook;
import jp.juchu.orchestration.OrderProcess;
import jp.juchu.orchestration.ProcessTask;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One task with its Camunda Form (from the engine, filled with the task's variables). Submitting checks the
 * required fields, takes the task if nobody has it and completes it with typed variables.
 */
@Controller
class TaskFormScreenController {

    private final OrderProcess process;
    private final OrderBook orders;
    private final Clock clock;

    TaskFormScreenController(OrderProcess process, OrderBook orders, Clock clock) {
        this.process = process;
        this.orders = orders;
        this.clock = clock;
    }

    @GetMapping("/tasks/{key}")
    String show(@PathVariable long key, Model model) {
        ProcessTask task = require(key);
        if (!task.open()) {
            return page(model, task, List.of());
        }
        TaskFormRenderer form = TaskFormRenderer.of(process.formSchema(key), clock);
        return page(model, task, form.view(TaskFormRenderer.values(process.taskVariables(key))));
    }

    @PostMapping("/tasks/{key}/complete")
    String complete(@PathVariable long key, @RequestParam MultiValueMap<String, String> params, Principal user,
                    Model model, RedirectAttributes redirect) {
        ProcessTask task = require(key);
        String title = TaskMessages.title(task, new OrderNumbers(orders).of(task.orderId()));
        if (!task.open()) {
            redirect.addFlashAttribute("error", TaskMessages.alreadyClosed(title));
            return "redirect:/tasks";
        }
        TaskFormRenderer form = TaskFormRenderer.of(process.formSchema(key), clock);
        Map<String, Object> variables = TaskFormRenderer.values(process.taskVariables(key));
        Map<String, String> submitted = params.toSingleValueMap();
        if (task.assignee() != null && !task.assignee().equals(user.getName())) {
            model.addAttribute("error", TaskMessages.assignedToOther(title, task.assignee()));
            return page(model, task, form.view(variables, submitted, Map.of()));
        }
        FormSubmission submission = form.submit(submitted, variables);
        if (!submission.valid()) {
            model.addAttribute("error", "入力内容に誤りがあります。赤字のメッセージを確認してください (タスクは完了していません)");
            return page(model, task, form.view(variables, submitted, submission.errors()));
        }
        try {
            if (task.assignee() == null) {
                process.claimTask(key, user.getName());
            }
            process.completeTask(key, submission.variables());
        } catch (ClientHttpException e) {
            model.addAttribute("error", TaskMessages.refused(key, e));
            return page(model, task, form.view(variables, submitted, Map.of()));
        }
        redirect.addFlashAttribute("message", title + " を完了しました");
        return "redirect:/tasks";
    }

    private ProcessTask require(long key) {
        try {
            return process.task(key);
        } catch (NotFoundException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        } catch (ClientHttpException e) {
            if (EngineRefusal.isNotFound(e)) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND, "タスク " + key + " はありません");
            }
            throw e;
        }
    }

    private String page(Model model, ProcessTask task, List<FieldView> fields) {
        model.addAttribute("task", task);
        model.addAttribute("typeLabel", TaskTypes.label(task.type()));
        model.addAttribute("orderNumber", new OrderNumbers(orders).of(task.orderId()));
        model.addAttribute("fields", fields);
        return "process/task";
    }
}
