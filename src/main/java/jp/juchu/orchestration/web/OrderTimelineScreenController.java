package jp.juchu.orchestration.web;

import jp.juchu.core.NotFoundException;
import jp.juchu.order.Order;
import jp.juchu.order.OrderBook;
import jp.juchu.orchestration.OrderProcess;
import jp.juchu.orchestration.OrderTimeline;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** 受注タイムライン: the process steps, the order's history and its mails in one list, with the open tasks. */
@Controller
class OrderTimelineScreenController {

    private final OrderBook orders;
    private final OrderTimeline timeline;
    private final OrderProcess process;

    OrderTimelineScreenController(OrderBook orders, OrderTimeline timeline, OrderProcess process) {
        this.orders = orders;
        this.timeline = timeline;
        this.process = process;
    }

    @GetMapping("/orders/{id}/timeline")
    String timeline(@PathVariable long id, Model model) {
        Order order = orders.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "受注 " + id + " はありません"));
        try {
            model.addAttribute("entries", timeline.of(id).stream().map(TimelineRow::of).toList());
        } catch (NotFoundException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        }
        model.addAttribute("order", order);
        model.addAttribute("processState", ProcessState.of(process.steps(id)));
        model.addAttribute("openTasks", process.openTasks(id, null));
        return "process/timeline";
    }
}
