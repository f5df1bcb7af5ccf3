package jp.juchu.orchestration;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import jp.juchu.mail.OrderMailView;
import jp.juchu.mail.OrderMails;
import jp.juchu.order.OrderBook;
import jp.juchu.order.OrderHistoryEntry;
import org.springframework.stereotype.Service;

/**
 * 受注タイムライン: the engine's element instances, the order's own history (status changes, fixes, who did what)
 * and its mails in one list, oldest first.
 */
@Service
public class OrderTimeline {

    /** The history line the mail module writes per mail; the timeline shows the mail itself instead. */
    private static final String MAIL_NOTE = "メール";

    private final OrderBook orders;
    private final OrderProcess process;
    private final OrderMails mails;

    OrderTimeline(OrderBook orders, OrderProcess process, OrderMails mails) {
        this.orders = orders;
        this.process = process;
        this.mails = mails;
    }

    public List<TimelineEntry> of(long orderId) {
        orders.require(orderId);
        List<TimelineEntry> entries = new ArrayList<>();
        for (OrderHistoryEntry entry : orders.history(orderId)) {
            if (MAIL_NOTE.equals(entry.getKind())) {
                continue;
            }
            entries.add(new TimelineEntry(entry.getOccurredAt(), "HISTORY", entry.getKind(), entry.getText(), entry.getActor(), null));
        }
        for (ProcessStep step : process.steps(orderId)) {
            if (step.startedAt() == null || "SEQUENCE_FLOW".equals(step.type())) {
                continue;
            }
            String detail = step.type() + (step.incident() ? " (インシデント)" : "");
            entries.add(new TimelineEntry(step.startedAt().toInstant(), "PROCESS", step.elementName(), detail, null, step.state()));
        }
        for (OrderMailView mail : mails.log(orderId)) {
            entries.add(new TimelineEntry(mail.sentAt() != null ? mail.sentAt() : mail.createdAt(), "MAIL", mail.subject(),
                    mail.purpose() + " → " + mail.to() + (mail.reason() == null ? "" : " (" + mail.reason() + ")"), null, mail.status()));
        }
        entries.sort(Comparator.comparing(TimelineEntry::at, Comparator.nullsLast(Comparator.<Instant>naturalOrder())));
        return entries;
    }
}
