package jp.juchu.orchestration.web;

import io.camunda.client.api.command.ClientHttpException;
import java.security.Principal;
import jp.juchu.core.DomainException;
import jp.juchu.order.OrderBook;
import jp.juchu.orchestration.OrderProcess;
import jp.juchu.orchestration.StuckOrder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 停止中の受注, like Camunda Operate's incidents: where each order's process stopped and why, with 再試行 (the
 * failed job gets its retries back) and 受注キャンセル (the same キャンセル指示 as {@code POST /api/orders/{id}/cancel}).
 */
@Controller
class IncidentScreenController {

    /** Retries a 再試行 gives the failed job, as Operate does. */
    static final int RETRIES = 3;

    /**
     * One line of the list.
     *
     * @param reason the first line of the error message; {@code details} the whole message when it says more
     */
    record IncidentRow(StuckOrder incident, String orderNumber, String age, String reason, String details) {

        static IncidentRow of(StuckOrder incident, String orderNumber) {
            String message = incident.errorMessage();
            return new IncidentRow(incident, orderNumber, DurationText.of(incident.age()), ErrorSummary.of(message),
                    ErrorSummary.hasMore(message) ? message : null);
        }
    }

    private final OrderProcess process;
    private final OrderBook orders;

    IncidentScreenController(OrderProcess process, OrderBook orders) {
        this.process = process;
        this.orders = orders;
    }

    @GetMapping("/incidents")
    String list(Model model) {
        OrderNumbers numbers = new OrderNumbers(orders);
        model.addAttribute("rows", process.stuckOrders().stream()
                .map(i -> IncidentRow.of(i, numbers.of(i.orderId()))).toList());
        return "process/incidents";
    }

    @PostMapping("/incidents/{key}/retry")
    String retry(@PathVariable long key, RedirectAttributes redirect) {
        try {
            process.retry(key, RETRIES);
            redirect.addFlashAttribute("message", "インシデント " + key + " を再試行しました (再試行回数 " + RETRIES
                    + ")。処理が進んだかは受注のタイムラインで確認できます");
        } catch (ClientHttpException e) {
            redirect.addFlashAttribute("error", EngineRefusal.isNotFound(e)
                    ? "インシデント " + key + " はありません (既に解決済みかもしれません)。何も変更していません"
                    : "インシデント " + key + " を再試行できませんでした: " + EngineRefusal.detail(e));
        }
        return "redirect:/incidents";
    }

    @PostMapping("/incidents/cancel-order")
    String cancel(@RequestParam long orderId, @RequestParam(required = false) String step, Principal user,
                  RedirectAttributes redirect) {
        String number = new OrderNumbers(orders).of(orderId);
        try {
            orders.requestCancellation(orderId, user.getName(),
                    "停止中の受注からキャンセル" + (step == null || step.isBlank() ? "" : " (停止したステップ: " + step + ")"));
            redirect.addFlashAttribute("message", "受注 " + (number == null ? orderId : number) + " のキャンセルを受け付けました");
        } catch (DomainException e) {
            redirect.addFlashAttribute("error", "受注 " + (number == null ? orderId : number) + " をキャンセルできません: " + e.getMessage());
        }
        return "redirect:/incidents";
    }
}
