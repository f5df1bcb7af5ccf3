package jp.juchu.intake.csv;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.juchu.intake.RequestedDelivery;

/** Reads the time slot forms malls use: 楽天 codes (0 なし, 1 午前, 2 午後, 9 その他, "1416"), "14:00-16:00", "午前中". */
final class TimeSlots {

    private static final Pattern CODE = Pattern.compile("(\\d{2})(\\d{2})");
    private static final Pattern RANGE = Pattern.compile(
            "(\\d{1,2})(?::(\\d{2})|時)?\\s*[-~～〜]\\s*(\\d{1,2})(?::(\\d{2})|時)?");
    private static final LocalTime MORNING_FROM = LocalTime.of(8, 0);
    private static final LocalTime NOON = LocalTime.of(12, 0);

    private TimeSlots() {
    }

    static RequestedDelivery requested(LocalDate date, String slot) {
        String raw = slot == null || slot.equals("0") || slot.equals("指定なし") ? null : slot;
        if (date == null && raw == null) {
            return RequestedDelivery.NONE;
        }
        if (raw == null) {
            return new RequestedDelivery(date, null, null, null);
        }
        if (raw.equals("1") || raw.startsWith("午前")) {
            return new RequestedDelivery(date, raw, MORNING_FROM, NOON);
        }
        Matcher code = CODE.matcher(raw);
        if (code.matches()) {
            return between(date, raw, code.group(1), null, code.group(2), null);
        }
        Matcher range = RANGE.matcher(raw);
        if (range.matches()) {
            return between(date, raw, range.group(1), range.group(2), range.group(3), range.group(4));
        }
        return new RequestedDelivery(date, raw, null, null);
    }

    private static RequestedDelivery between(LocalDate date, String raw, String fromHour, String fromMinute,
            String toHour, String toMinute) {
        LocalTime from = time(fromHour, fromMinute);
        LocalTime to = time(toHour, toMinute);
        if (from == null || to == null || !from.isBefore(to)) {
            return new RequestedDelivery(date, raw, null, null);
        }
        return new RequestedDelivery(date, raw, from, to);
    }

    private static LocalTime time(String hour, String minute) {
        int h = Integer.parseInt(hour);
        int m = minute == null ? 0 : Integer.parseInt(minute);
        if (h == 24 && m == 0) {
            return LocalTime.MAX;
        }
        return h < 24 && m < 60 ? LocalTime.of(h, m) : null;
    }
}
