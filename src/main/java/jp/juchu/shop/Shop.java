package jp.juchu.shop;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import jp.juchu.core.Mall;

/**
 * 連携ショップ: one shop on one mall. Code and mall are fixed at creation. API credentials are kept
 * only as ciphertext (see {@link CredentialCipher}); this entity never sees their plaintext.
 */
@Entity
@Table(name = "shop")
public class Shop {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 20, updatable = false)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private Mall mall;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "short_name", nullable = false, length = 20)
    private String shortName;

    @Column(nullable = false, length = 255)
    private String url = "";

    @Column(name = "manager_name", nullable = false, length = 50)
    private String managerName = "";

    @Column(name = "sender_email", nullable = false, length = 254)
    private String senderEmail = "";

    @Column(name = "rakuten_anonymous_mail", nullable = false)
    private boolean rakutenAnonymousMail;

    @Column(name = "order_intake_enabled", nullable = false)
    private boolean orderIntakeEnabled;

    @Enumerated(EnumType.STRING)
    @Column(name = "cancelled_orders", nullable = false, length = 30)
    private CancelledOrderHandling cancelledOrders = CancelledOrderHandling.REGISTER_AS_CANCELLED;

    @Column(name = "license_key_expires_on")
    private LocalDate licenseKeyExpiresOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "shop_credential", joinColumns = @JoinColumn(name = "shop_id"))
    @MapKeyColumn(name = "credential_name", length = 40)
    @Column(name = "encrypted_value", nullable = false, length = 2000)
    private Map<String, String> encryptedCredentials = new HashMap<>();

    @Version
    private long version;

    protected Shop() {
    }

    Shop(String code, ShopAttributes attributes) {
        this.code = code;
        this.mall = attributes.mall();
        apply(attributes);
    }

    Shop(String code, Mall mall, String name, String shortName) {
        this(code, new ShopAttributes(mall, name, shortName, "", "", "", false, true,
                CancelledOrderHandling.REGISTER_AS_CANCELLED));
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public Mall getMall() {
        return mall;
    }

    public String getName() {
        return name;
    }

    public String getShortName() {
        return shortName;
    }

    public String getUrl() {
        return url;
    }

    public String getManagerName() {
        return managerName;
    }

    public String getSenderEmail() {
        return senderEmail;
    }

    public boolean isRakutenAnonymousMail() {
        return rakutenAnonymousMail;
    }

    public boolean isOrderIntakeEnabled() {
        return orderIntakeEnabled;
    }

    public CancelledOrderHandling getCancelledOrders() {
        return cancelledOrders;
    }

    public LocalDate getLicenseKeyExpiresOn() {
        return licenseKeyExpiresOn;
    }

    ShopAttributes attributes() {
        return new ShopAttributes(mall, name, shortName, url, managerName, senderEmail, rakutenAnonymousMail,
                orderIntakeEnabled, cancelledOrders);
    }

    Map<String, String> encryptedCredentials() {
        return Collections.unmodifiableMap(encryptedCredentials);
    }

    boolean hasCredentials() {
        return !encryptedCredentials.isEmpty();
    }

    void apply(ShopAttributes attributes) {
        if (attributes.mall() != mall) {
            throw new IllegalArgumentException("The mall of a shop cannot change");
        }
        this.name = attributes.name();
        this.shortName = attributes.shortName();
        this.url = attributes.url();
        this.managerName = attributes.managerName();
        this.senderEmail = attributes.senderEmail();
        this.rakutenAnonymousMail = attributes.rakutenAnonymousMail();
        this.orderIntakeEnabled = attributes.orderIntakeEnabled();
        this.cancelledOrders = attributes.cancelledOrders();
    }

    void storeCredential(CredentialField field, String ciphertext) {
        requireOwnMall(field);
        encryptedCredentials.put(field.key(), ciphertext);
    }

    void removeCredential(CredentialField field) {
        requireOwnMall(field);
        encryptedCredentials.remove(field.key());
    }

    void changeLicenseKeyExpiry(LocalDate expiresOn) {
        if (expiresOn != null && mall != Mall.RAKUTEN) {
            throw new IllegalArgumentException("Only 楽天 shops have a licenseKey expiry date");
        }
        this.licenseKeyExpiresOn = expiresOn;
    }

    void rename(String name, String shortName) {
        apply(new ShopAttributes(mall, name, shortName, url, managerName, senderEmail, rakutenAnonymousMail,
                orderIntakeEnabled, cancelledOrders));
    }

    private void requireOwnMall(CredentialField field) {
        if (field.mall() != mall) {
            throw new IllegalArgumentException(field + " does not belong to a " + mall + " shop");
        }
    }
}
