package jp.juchu.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** メールテンプレート for one purpose, for one shop or (shop code null) for all shops. */
@Entity
@Table(name = "mail_template")
class MailTemplate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private MailPurpose purpose;

    @Column(name = "shop_code", length = 20)
    private String shopCode;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false, length = 200)
    private String subject;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String body;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected MailTemplate() {
    }

    MailTemplate(MailTemplateContent content, Instant now) {
        apply(content, now);
    }

    /** The content has been validated by {@link MailTemplates}; the template only keeps it consistent. */
    void apply(MailTemplateContent content, Instant now) {
        this.purpose = content.purpose();
        this.shopCode = content.shopCode();
        this.name = content.name();
        this.subject = content.subject();
        this.body = content.body();
        this.updatedAt = now;
    }

    MailTemplateView view() {
        return new MailTemplateView(id, purpose, shopCode, name, subject, body, updatedAt);
    }

    Long getId() {
        return id;
    }

    MailPurpose getPurpose() {
        return purpose;
    }

    String getShopCode() {
        return shopCode;
    }

    String getName() {
        return name;
    }
}
