package jp.juchu.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** 後払い設定 of one provider. The secrets are held only sealed (see {@link ProviderSecretCipher}). */
@Entity
@Table(name = "deferred_provider_setting")
class DeferredProviderSetting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private DeferredProvider provider;

    @Column(name = "invoice_enclosed_default", nullable = false)
    private boolean invoiceEnclosedDefault;

    @Column(name = "merchant_code", length = 100)
    private String merchantCode;

    @Column(name = "sp_code_sealed", length = 1000)
    private String spCodeSealed;

    @Column(name = "terminal_id_sealed", length = 1000)
    private String terminalIdSealed;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected DeferredProviderSetting() {
    }

    DeferredProviderSetting(DeferredProvider provider) {
        this.provider = provider;
    }

    DeferredProvider getProvider() {
        return provider;
    }

    boolean isInvoiceEnclosedDefault() {
        return invoiceEnclosedDefault;
    }

    String getMerchantCode() {
        return merchantCode;
    }

    String getSpCodeSealed() {
        return spCodeSealed;
    }

    String getTerminalIdSealed() {
        return terminalIdSealed;
    }

    String getUpdatedBy() {
        return updatedBy;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    void invoiceEnclosedDefault(boolean value) {
        this.invoiceEnclosedDefault = value;
    }

    void merchantCode(String value) {
        this.merchantCode = value;
    }

    void spCodeSealed(String value) {
        this.spCodeSealed = value;
    }

    void terminalIdSealed(String value) {
        this.terminalIdSealed = value;
    }

    void touched(String by, Instant at) {
        this.updatedBy = by;
        this.updatedAt = at;
    }
}
