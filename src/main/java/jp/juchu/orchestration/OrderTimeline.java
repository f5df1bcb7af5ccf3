package jp.juchu.orchestration;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import jp.juchu.order.OrderBook;
import jp.juchu.order.OrderHistoryEntry;
import org.springframework.stereotype.Service;

/** 受注タイムライン: the engine's element instances and the order's own history in one list, oldest first. */
@Service
public class OrderTimeline {

    private final OrderBook orders;
    private final OrderProcess process;

    OrderTimeline(OrderBook orders, OrderProcess process) {
        this.orders = orders;
        this.process = process;
    }

    public List<TimelineEntry> of(long orderId) {
        orders.require(orderId);
        List<TimelineEntry> entries = new ArrayList<>();
        for (OrderHistoryEntry entry : orders.history(orderId)) {
            entries.add(new TimelineEntry(entry.getOccurredAt(), "HISTORY", entry.getKind(), entry.getText(), entry.getActor(), null));
        }
        for (ProcessStep step : process.steps(orderId)) {
            if (step.startedAt() == null || "SEQUENCE_FLOW".equals(step.type())) {
                continue;
            }
            String detail = step.type() + (step.incident() ? " (インシデント)" : "");
            entries.add(new TimelineEntry(step.startedAt().toInstant(), "PROCESS", step.elementName(), detail, null, step.state()));
        }
        entries.sort(Comparator.comparing(TimelineEntry::at, Comparator.nullsLast(Comparator.<Instant>naturalOrder())));
        return entries;
    }
}
