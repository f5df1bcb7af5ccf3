package jp.juchu.orchestration;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import jp.juchu.core.InvalidInputException;
import jp.juchu.order.OrderStatus;
import jp.juchu.payment.DeferredProvider;

/**
 * A {@link BulkRequest} checked against its action: the orders (distinct, at most {@value #MAX_ORDERS}) and the
 * parameters that action needs. Every refusal names its field.
 */
record BulkParameters(BulkAction action, List<Long> orderIds, Instant paidAt, DeferredProvider provider, boolean invoiceEnclosed,
                      Long templateId, OrderStatus status, String reason, Long parentId) {

    static final int MAX_ORDERS = 1000;
    static final int REASON_LIMIT = 500;
    static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm").withZone(JAPAN);

    static BulkParameters of(BulkRequest request, Clock clock) {
        BulkAction action = BulkAction.of(request.action());
        List<Long> orderIds = orderIds(request.orderIds(), action);
        return switch (action) {
            case RECONCILE -> new BulkParameters(action, orderIds, paidAt(request.paidAt(), clock), null, false, null, null, null, null);
            case REGISTER_DEFERRED -> new BulkParameters(action, orderIds, null, provider(request.provider()),
                    Boolean.TRUE.equals(request.invoiceEnclosed()), null, null, null, null);
            case MAIL -> {
                if (request.templateId() == null) {
                    throw new InvalidInputException("templateId", "送信するメールテンプレート (templateId) を選択してください");
                }
                yield new BulkParameters(action, orderIds, null, null, false, request.templateId(), null, null, null);
            }
            case PROGRESS -> new BulkParameters(action, orderIds, null, null, false, null, status(request.status()), null, null);
            case CANCEL -> new BulkParameters(action, orderIds, null, null, false, null, null, reason(request.reason()), null);
            case BUNDLE -> new BulkParameters(action, orderIds, null, null, false, null, null, null, parent(request.parentId(), orderIds));
            case CONFIRM_RAKUTEN, HOLD, RELEASE -> new BulkParameters(action, orderIds, null, null, false, null, null, null, null);
        };
    }

    private static List<Long> orderIds(List<Long> given, BulkAction action) {
        if (given == null || given.isEmpty()) {
            throw new InvalidInputException("orderIds", action.label() + "する受注を選択してください (orderIds)");
        }
        Set<Long> distinct = new LinkedHashSet<>();
        for (int i = 0; i < given.size(); i++) {
            if (given.get(i) == null) {
                throw new InvalidInputException("orderIds", "受注 ID の " + (i + 1) + "件目が空です");
            }
            distinct.add(given.get(i));
        }
        if (distinct.size() > MAX_ORDERS) {
            throw new InvalidInputException("orderIds", "一度に操作できる受注は" + MAX_ORDERS + "件までです (" + distinct.size() + "件が選択されています)");
        }
        if (action == BulkAction.BUNDLE && distinct.size() < 2) {
            throw new InvalidInputException("orderIds", "同梱するには受注を2件以上選択してください");
        }
        return new ArrayList<>(distinct);
    }

    /** An ISO date-time with offset, a date-time in Japan (as a datetime-local field sends it) or a date (00:00 in Japan). */
    static Instant paidAt(String text, Clock clock) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        Instant paidAt;
        try {
            if (value.length() == 10) {
                paidAt = LocalDate.parse(value).atStartOfDay(JAPAN).toInstant();
            } else if (value.endsWith("Z") || value.matches(".*[+-]\\d{2}:?\\d{2}$")) {
                paidAt = OffsetDateTime.parse(value).toInstant();
            } else {
                paidAt = LocalDateTime.parse(value).atZone(JAPAN).toInstant();
            }
        } catch (DateTimeException e) {
            throw new InvalidInputException("paidAt", "入金日時「" + value
                    + "」を読み取れません (例: 2026-11-10T10:00:00+09:00、2026-11-10T10:00、2026-11-10)");
        }
        if (paidAt.isAfter(clock.instant())) {
            throw new InvalidInputException("paidAt", "入金日時に未来の日時 (" + SHOWN.format(paidAt) + ") は指定できません");
        }
        return paidAt;
    }

    private static DeferredProvider provider(String text) {
        return DeferredProvider.parse("provider", text);
    }

    private static OrderStatus status(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("status", "変更先の受注進捗 (status) を選択してください");
        }
        OrderStatus status;
        try {
            status = OrderStatus.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status", "受注進捗「" + text.strip() + "」はありません");
        }
        if (status == OrderStatus.BUNDLED) {
            throw new InvalidInputException("status", "同梱済へは「同梱」で変更してください");
        }
        return status;
    }

    private static String reason(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String reason = text.strip();
        if (reason.length() > REASON_LIMIT) {
            throw new InvalidInputException("reason", "キャンセル理由は" + REASON_LIMIT + "文字以内にしてください (" + reason.length() + "文字)");
        }
        return reason;
    }

    private static Long parent(Long parentId, List<Long> orderIds) {
        if (parentId != null && !orderIds.contains(parentId)) {
            throw new InvalidInputException("parentId", "親受注 (ID " + parentId + ") は選択した受注に含まれていません");
        }
        return parentId;
    }
}
