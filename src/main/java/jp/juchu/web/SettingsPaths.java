package jp.juchu.web;

/** Which paths change settings and therefore need the ADMIN role (reads of settings are open to operators). */
final class SettingsPaths {

    static final String[] SCREENS = {"/settings/**", "/users/**"};

    static final String[] API = {
        "/api/shops/**", "/api/store-profile", "/api/holidays/**", "/api/mail-templates/**",
        "/api/automation-settings", "/api/carriers/**", "/api/delivery-methods/**", "/api/payment-methods/**",
        "/api/caution-customers/**", "/api/deferred-providers/**", "/api/postal-codes/**", "/api/postal-codes",
        "/api/shipping/carrier-accounts/**", "/api/export-templates/**", "/api/export-templates"
    };

    /** Daily work that lives under a shop's path but is not a setting: importing and pulling orders, 荷物番号 files. */
    static final String[] OPERATOR_WORK_UNDER_SETTINGS = {"/api/shops/*/order-imports", "/api/shops/*/order-pulls",
        "/api/shops/*/tracking-files"};

    private SettingsPaths() {
    }
}
