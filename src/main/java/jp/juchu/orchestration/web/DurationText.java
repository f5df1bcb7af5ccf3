package jp.juchu.orchestration.web;

import java.time.Duration;

/** How long something has waited, as operators say it: 「2日3時間」, 「3時間12分」, 「12分」, 「1分未満」. */
final class DurationText {

    private DurationText() {
    }

    static String of(Duration duration) {
        if (duration == null || duration.isNegative() || duration.toMinutes() < 1) {
            return "1分未満";
        }
        long days = duration.toDays();
        long hours = duration.toHoursPart();
        long minutes = duration.toMinutesPart();
        if (days > 0) {
            return days + "日" + (hours > 0 ? hours + "時間" : "");
        }
        if (hours > 0) {
            return hours + "時間" + (minutes > 0 ? minutes + "分" : "");
        }
        return minutes + "分";
    }
}
