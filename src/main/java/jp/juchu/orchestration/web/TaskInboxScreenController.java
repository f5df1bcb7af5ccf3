package jp.juchu.orchestration.web;

import io.camunda.client.api.command.ClientHttpException;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import jp.juchu.core.NotFoundException;
import jp.juchu.order.OrderBook;
import jp.juchu.orchestration.OrderProcess;
import jp.juchu.orchestration.ProcessTask;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * タスク一覧, like Camunda Tasklist: 自分のタスク (assigned to the logged-in user) and グループのタスク (unassigned
 * tasks of the operators group), filtered by タスク種別 and 受注 ID, with 担当する / 担当を外す.
 */
@Controller
class TaskInboxScreenController {

    static final String MINE = "mine";
    static final String GROUP = "group";

    /** One line of the inbox. */
    record TaskRow(ProcessTask task, String orderNumber) {
    }

    private final OrderProcess process;
    private final OrderBook orders;

    TaskInboxScreenController(OrderProcess process, OrderBook orders) {
        this.process = process;
        this.orders = orders;
    }

    @GetMapping("/tasks")
    String list(@RequestParam(defaultValue = MINE) String tab, @RequestParam(required = false) String type,
                @RequestParam(required = false) String orderId, Principal user, Model model) {
        String shown = GROUP.equals(tab) ? GROUP : MINE;
        model.addAttribute("tab", shown);
        model.addAttribute("type", type);
        model.addAttribute("orderId", orderId);
        model.addAttribute("types", TaskTypes.LABELS);
        Map<String, String> fieldErrors = filterErrors(type, orderId);
        model.addAttribute("fieldErrors", fieldErrors);
        List<ProcessTask> open = !fieldErrors.isEmpty() ? List.of()
                : process.openTasks(orderId == null || orderId.isBlank() ? null : Long.valueOf(orderId.strip()), type);
        List<ProcessTask> mine = open.stream().filter(t -> user.getName().equals(t.assignee())).toList();
        List<ProcessTask> group = open.stream()
                .filter(t -> t.assignee() == null && t.candidateGroups().contains(TaskTypes.OPERATORS)).toList();
        model.addAttribute("mineCount", mine.size());
        model.addAttribute("groupCount", group.size());
        OrderNumbers numbers = new OrderNumbers(orders);
        model.addAttribute("rows", (GROUP.equals(shown) ? group : mine).stream()
                .map(t -> new TaskRow(t, numbers.of(t.orderId()))).toList());
        return "process/tasks";
    }

    private static Map<String, String> filterErrors(String type, String orderId) {
        if (type != null && !type.isBlank() && !TaskTypes.LABELS.containsKey(type)) {
            return Map.of("type", "タスク種別「" + type + "」はありません");
        }
        if (orderId != null && !orderId.isBlank() && !orderId.strip().matches("\\d{1,18}")) {
            return Map.of("orderId", "受注 ID は数字で入力してください (入力: " + orderId + ")");
        }
        return Map.of();
    }

    @PostMapping("/tasks/{key}/claim")
    String claim(@PathVariable long key, @RequestParam(required = false) String returnTo, Principal user,
                 RedirectAttributes redirect) {
        try {
            ProcessTask task = process.task(key);
            String title = TaskMessages.title(task, new OrderNumbers(orders).of(task.orderId()));
            if (!task.open()) {
                redirect.addFlashAttribute("error", TaskMessages.alreadyClosed(title));
            } else if (task.assignee() != null && !task.assignee().equals(user.getName())) {
                redirect.addFlashAttribute("error", TaskMessages.assignedToOther(title, task.assignee()));
            } else {
                process.claimTask(key, user.getName());
                redirect.addFlashAttribute("message", title + " を担当しました");
            }
        } catch (ClientHttpException e) {
            redirect.addFlashAttribute("error", TaskMessages.refused(key, e));
        } catch (NotFoundException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return back(key, returnTo, MINE);
    }

    @PostMapping("/tasks/{key}/unclaim")
    String unclaim(@PathVariable long key, @RequestParam(required = false) String returnTo, Principal user,
                   RedirectAttributes redirect) {
        try {
            ProcessTask task = process.task(key);
            String title = TaskMessages.title(task, new OrderNumbers(orders).of(task.orderId()));
            if (!task.open()) {
                redirect.addFlashAttribute("error", TaskMessages.alreadyClosed(title));
            } else if (task.assignee() == null) {
                redirect.addFlashAttribute("error", title + " は誰も担当していません");
            } else if (!task.assignee().equals(user.getName())) {
                redirect.addFlashAttribute("error", title + " は " + task.assignee()
                        + " さんの担当です。担当を外せるのは担当者だけです。何も変更していません");
            } else {
                process.unclaimTask(key);
                redirect.addFlashAttribute("message", title + " の担当を外しました");
            }
        } catch (ClientHttpException e) {
            redirect.addFlashAttribute("error", TaskMessages.refused(key, e));
        } catch (NotFoundException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return back(key, returnTo, GROUP);
    }

    private static String back(long key, String returnTo, String tab) {
        return "task".equals(returnTo) ? "redirect:/tasks/" + key : "redirect:/tasks?tab=" + tab;
    }
}
