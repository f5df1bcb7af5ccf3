package jp.juchu.orchestration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import jp.juchu.core.Mall;
import jp.juchu.order.CheckResult;
import jp.juchu.order.Order;
import jp.juchu.shop.AutomationSettings;
import jp.juchu.shop.BusinessCalendar;
import jp.juchu.shop.ProgressMode;
import jp.juchu.shop.UnpaidEscalationAction;
import org.springframework.stereotype.Component;

/**
 * The routing flags {@code order.check} hands to the process (DESIGN §5), plus the few display values the
 * Camunda Forms show in Tasklist (a form can only show process variables): order number, payment method,
 * amount and open flags. Nothing else of the order goes into the process.
 */
@Component
class CheckVariables {

    /** 楽天ペイ status of an order that the shop must still confirm in RMS (R注文確認). */
    static final String RAKUTEN_AWAITING_CONFIRMATION = "注文確認待ち";
    /** A reminder or escalation that is switched off: the timer exists but never fires in practice. */
    static final Duration NEVER = Duration.ofDays(36_500);
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    private static final LocalTime REMINDER_TIME = LocalTime.of(10, 0);

    private final BusinessCalendar calendar;
    private final Clock clock;

    CheckVariables(BusinessCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    Map<String, Object> of(Order order, Mall mall, CheckResult result, AutomationSettings settings, String paymentMethodName) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("needsReview", result.needsReview() || order.needsReview());
        variables.put("paymentCategory", order.getPaymentCategory() == null ? "NONE" : order.getPaymentCategory());
        variables.put("autoTransition", settings.progressMode() == ProgressMode.AUTO && !order.isManualProgress());
        variables.put("mallConfirmationRequired", mall == Mall.RAKUTEN && RAKUTEN_AWAITING_CONFIRMATION.equals(order.getMallStatusRaw()));
        // Points in time, not durations: the payment wait may start days after the check (R注文確認, 進捗判断), and
        // the reminder and the deadline count from the order, not from the start of the wait.
        variables.put("reminderAt", ISO.format(reminderAt(settings).atZone(clock.getZone())));
        variables.put("escalateAt", ISO.format(escalateAt(order, settings).atZone(clock.getZone())));
        variables.put("holdWhenOverdue", settings.unpaidEscalationAction() == UnpaidEscalationAction.HOLD);
        variables.put("orderNumber", order.getMallOrderNumber());
        variables.put("paymentMethodName", paymentMethodName);
        variables.put("billingAmount", order.getAmounts().billedTotal());
        variables.put("flagSummary", order.getFlags().stream().filter(f -> f.flag().isBlocking())
                .map(f -> f.flag().label() + ": " + f.reason()).collect(Collectors.joining("\n")));
        return variables;
    }

    private Instant reminderAt(AutomationSettings settings) {
        if (settings.paymentReminderDays().isEmpty()) {
            return clock.instant().plus(NEVER);
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate due = calendar.addBusinessDays(today, settings.paymentReminderDays().getAsInt());
        return ZonedDateTime.of(due, REMINDER_TIME, clock.getZone()).toInstant().truncatedTo(ChronoUnit.SECONDS);
    }

    private Instant escalateAt(Order order, AutomationSettings settings) {
        if (settings.unpaidEscalationDays().isEmpty()) {
            return clock.instant().plus(NEVER).truncatedTo(ChronoUnit.SECONDS);
        }
        Instant ordered = order.getOrderedAt() == null ? clock.instant() : order.getOrderedAt();
        return ordered.plus(Duration.ofDays(settings.unpaidEscalationDays().getAsInt())).truncatedTo(ChronoUnit.SECONDS);
    }

}
