package jp.juchu.intake;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A 楽天 shop as the pull screen shows it.
 *
 * @param pulledUntil end of the last successful pull in Japan time, {@code null} when never pulled
 */
public record RakutenPullTarget(String code, String shortName, boolean intakeEnabled, boolean credentialsConfigured,
        LocalDate licenseKeyExpiresOn, boolean licenseKeyExpiresSoon, boolean licenseKeyExpired, LocalDateTime pulledUntil) {

    public boolean pullable() {
        return intakeEnabled && credentialsConfigured && !licenseKeyExpired;
    }
}
