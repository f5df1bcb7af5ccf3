package jp.juchu.intake.rakuten;

import java.time.LocalDate;
import java.time.LocalTime;
import jp.juchu.intake.RequestedDelivery;

/** 楽天 {@code shippingTerm}: 0 なし, 1 午前, 2 午後, 9 その他, otherwise h1h2 (e.g. 1416 = 14–16時). */
final class ShippingTerms {

    private static final LocalTime MORNING_FROM = LocalTime.of(8, 0);
    private static final LocalTime NOON = LocalTime.of(12, 0);

    private ShippingTerms() {
    }

    static RequestedDelivery requested(LocalDate date, Integer term) {
        String slot = term == null || term == 0 ? null : String.valueOf(term);
        if (date == null && slot == null) {
            return RequestedDelivery.NONE;
        }
        if (slot == null || term == 2 || term == 9) {
            return new RequestedDelivery(date, slot, null, null);
        }
        if (term == 1) {
            return new RequestedDelivery(date, slot, MORNING_FROM, NOON);
        }
        int from = term / 100;
        int to = term % 100;
        if (term < 100 || term > 9999 || from >= to || from > 23 || to > 24) {
            return new RequestedDelivery(date, slot, null, null);
        }
        return new RequestedDelivery(date, slot, LocalTime.of(from, 0), to == 24 ? LocalTime.MAX : LocalTime.of(to, 0));
    }
}
