package jp.juchu.shop.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.juchu.core.InvalidInputException;
import jp.juchu.core.Mall;
import jp.juchu.shop.CredentialField;
import jp.juchu.shop.CredentialUpdate;
import jp.juchu.shop.ShopDetails;
import jp.juchu.shop.ShopInput;

/**
 * The shop screen's form. Credential inputs are named by {@link CredentialField} constant
 * ({@code credentials[RAKUTEN_LICENSE_KEY]}) because several malls share keys such as {@code clientId};
 * they are never filled with stored secrets.
 */
public class ShopForm {

    private String code = "";
    private String mall = "";
    private String name = "";
    private String shortName = "";
    private String url = "";
    private String managerName = "";
    private String senderEmail = "";
    private boolean rakutenAnonymousMail;
    private boolean orderIntakeEnabled;
    private String cancelledOrders = "REGISTER_AS_CANCELLED";
    private String licenseKeyExpiresOn = "";
    private boolean intakeConsent;
    private Map<String, String> credentials = new HashMap<>();
    private List<String> clearCredentials = new ArrayList<>();

    static ShopForm of(ShopDetails shop) {
        ShopForm form = new ShopForm();
        form.code = shop.code();
        form.mall = shop.mall().name();
        form.name = shop.name();
        form.shortName = shop.shortName();
        form.url = shop.url();
        form.managerName = shop.managerName();
        form.senderEmail = shop.senderEmail();
        form.rakutenAnonymousMail = shop.rakutenAnonymousMail();
        form.orderIntakeEnabled = shop.orderIntakeEnabled();
        form.cancelledOrders = shop.cancelledOrders().name();
        form.licenseKeyExpiresOn = shop.licenseKeyExpiresOn() == null ? "" : shop.licenseKeyExpiresOn().toString();
        return form;
    }

    /** For a new shop the mall comes from the form; for an existing one it is the stored mall. */
    ShopInput toInput(Mall fixedMall) {
        Mall chosen = fixedMall != null ? fixedMall : ShopInput.parseMall(mall);
        Map<String, CredentialUpdate> updates = new HashMap<>();
        for (CredentialField field : CredentialField.values()) {
            String text = credentials.getOrDefault(field.name(), "");
            boolean clear = clearCredentials.contains(field.name());
            if (field.mall() == chosen) {
                updates.put(field.key(), clear ? CredentialUpdate.clear() : CredentialUpdate.submitted(text));
            } else if (!text.isBlank()) {
                throw new InvalidInputException("credentials." + field.key(),
                        "「" + field.label() + "」は" + field.mall().label() + "用の項目です。選んだモール種別に合わせて入力してください");
            }
        }
        CredentialUpdate expiry = chosen == Mall.RAKUTEN ? CredentialUpdate.submitted(licenseKeyExpiresOn) : CredentialUpdate.keep();
        return new ShopInput(fixedMall == null ? code : null, chosen, name, shortName, url, managerName, senderEmail,
                rakutenAnonymousMail, orderIntakeEnabled, ShopInput.parseCancelledOrders(cancelledOrders),
                updates, expiry, intakeConsent);
    }

    /** Secrets typed by the user are not sent back to the browser when the form is shown again. */
    void forgetSecrets() {
        credentials = new HashMap<>();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getMall() {
        return mall;
    }

    public void setMall(String mall) {
        this.mall = mall;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = shortName;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getManagerName() {
        return managerName;
    }

    public void setManagerName(String managerName) {
        this.managerName = managerName;
    }

    public String getSenderEmail() {
        return senderEmail;
    }

    public void setSenderEmail(String senderEmail) {
        this.senderEmail = senderEmail;
    }

    public boolean isRakutenAnonymousMail() {
        return rakutenAnonymousMail;
    }

    public void setRakutenAnonymousMail(boolean rakutenAnonymousMail) {
        this.rakutenAnonymousMail = rakutenAnonymousMail;
    }

    public boolean isOrderIntakeEnabled() {
        return orderIntakeEnabled;
    }

    public void setOrderIntakeEnabled(boolean orderIntakeEnabled) {
        this.orderIntakeEnabled = orderIntakeEnabled;
    }

    public String getCancelledOrders() {
        return cancelledOrders;
    }

    public void setCancelledOrders(String cancelledOrders) {
        this.cancelledOrders = cancelledOrders;
    }

    public String getLicenseKeyExpiresOn() {
        return licenseKeyExpiresOn;
    }

    public void setLicenseKeyExpiresOn(String licenseKeyExpiresOn) {
        this.licenseKeyExpiresOn = licenseKeyExpiresOn;
    }

    public boolean isIntakeConsent() {
        return intakeConsent;
    }

    public void setIntakeConsent(boolean intakeConsent) {
        this.intakeConsent = intakeConsent;
    }

    public Map<String, String> getCredentials() {
        return credentials;
    }

    public void setCredentials(Map<String, String> credentials) {
        this.credentials = credentials;
    }

    public List<String> getClearCredentials() {
        return clearCredentials;
    }

    public void setClearCredentials(List<String> clearCredentials) {
        this.clearCredentials = clearCredentials;
    }
}
