package jp.juchu.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * 要注意顧客: a customer whose orders stop at 確認待 with a warning text. Matched by phone number, by
 * e-mail address, or by name together with postal code; the keys are stored normalised
 * ({@link CautionCustomerKeys}).
 */
@Entity
@Table(name = "caution_customer")
public class CautionCustomer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(length = 100)
    private String name;

    @Column(name = "name_key", length = 100)
    private String nameKey;

    @Column(name = "postal_code", length = 7)
    private String postalCode;

    @Column(length = 20)
    private String phone;

    @Column(length = 254)
    private String email;

    @Column(name = "warning_text", nullable = false, length = 500)
    private String warningText;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CautionCustomer() {
    }

    CautionCustomer(CautionCustomerKeys keys, String warningText, boolean active, Instant now) {
        this.name = keys.name();
        this.nameKey = keys.nameKey();
        this.postalCode = keys.postalCode();
        this.phone = keys.phone();
        this.email = keys.email();
        this.warningText = warningText;
        this.active = active;
        this.createdAt = now;
    }

    /** Which of this entry's keys the given orderer keys match, in Japanese; {@code null} when none. */
    String matchedBy(CautionCustomerKeys orderer) {
        if (phone != null && phone.equals(orderer.phone())) {
            return "電話番号 " + phone;
        }
        if (email != null && email.equals(orderer.email())) {
            return "メールアドレス " + email;
        }
        if (nameKey != null && postalCode != null && nameKey.equals(orderer.nameKey()) && postalCode.equals(orderer.postalCode())) {
            return "氏名・郵便番号 " + name + " / " + postalCode.substring(0, 3) + "-" + postalCode.substring(3);
        }
        return null;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public String getPhone() {
        return phone;
    }

    String getNameKey() {
        return nameKey;
    }

    public String getEmail() {
        return email;
    }

    public String getWarningText() {
        return warningText;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
