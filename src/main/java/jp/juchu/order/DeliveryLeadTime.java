package jp.juchu.order;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import jp.juchu.core.Prefecture;
import jp.juchu.shop.BusinessCalendar;

/**
 * The earliest date an order taken now can be delivered, deliberately simple: it ships today when today
 * is a business day and it is before the cut-off time, otherwise on the next business day; delivery takes
 * the lead time in calendar days (carriers deliver on weekends too), one day more to 北海道, 沖縄県 and
 * remote islands. Area-specific transit tables are out of scope.
 */
final class DeliveryLeadTime {

    private final BusinessCalendar calendar;
    private final Clock clock;
    private final LocalTime cutoff;
    private final int leadDays;

    DeliveryLeadTime(BusinessCalendar calendar, Clock clock, LocalTime cutoff, int leadDays) {
        if (leadDays < 0) {
            throw new IllegalArgumentException("lead days must not be negative: " + leadDays);
        }
        this.calendar = calendar;
        this.clock = clock;
        this.cutoff = cutoff;
        this.leadDays = leadDays;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    LocalDate shippingDay() {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        return now.toLocalTime().isBefore(cutoff) ? calendar.businessDayOnOrAfter(today) : calendar.nextBusinessDay(today);
    }

    int leadDays(Prefecture prefecture, boolean remoteIsland) {
        boolean far = remoteIsland || prefecture == Prefecture.HOKKAIDO || prefecture == Prefecture.OKINAWA;
        return leadDays + (far ? 1 : 0);
    }

    LocalDate earliestDelivery(Prefecture prefecture, boolean remoteIsland) {
        return shippingDay().plusDays(leadDays(prefecture, remoteIsland));
    }
}
