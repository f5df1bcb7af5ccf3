package jp.juchu.intake;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * お届け希望: date and time slot as requested. {@code timeSlot} is the mall's raw value (楽天 code such
 * as "1416" or "1", Yahoo "14:00-16:00" or "午前中"); {@code from}/{@code to} are filled where it could
 * be read (午前中 = 08:00–12:00) and {@code null} otherwise.
 */
public record RequestedDelivery(LocalDate date, String timeSlot, LocalTime from, LocalTime to) {

    public static final RequestedDelivery NONE = new RequestedDelivery(null, null, null, null);

    public boolean isRequested() {
        return date != null || timeSlot != null;
    }
}
