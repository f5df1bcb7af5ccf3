package jp.juchu.web;

/** Which paths change settings and therefore need the ADMIN role (reads of settings are open to operators). */
final class SettingsPaths {

    static final String[] SCREENS = {"/settings/**", "/users/**"};

    static final String[] API = {
        "/api/shops/**", "/api/store-profile", "/api/holidays/**", "/api/mail-templates/**",
        "/api/automation-settings", "/api/carriers/**", "/api/delivery-methods/**", "/api/payment-methods/**"
    };

    private SettingsPaths() {
    }
}
