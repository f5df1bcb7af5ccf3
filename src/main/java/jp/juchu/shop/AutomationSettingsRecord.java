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
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/** The single stored 自動処理設定 row. */
@Entity
@Table(name = "automation_settings")
class AutomationSettingsRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "progress_mode", nullable = false, length = 10)
    private ProgressMode progressMode;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "automation_auto_send", joinColumns = @JoinColumn(name = "settings_id"))
    @MapKeyColumn(name = "purpose", length = 30)
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "enabled", nullable = false)
    private Map<MailPurpose, Boolean> autoSend = new EnumMap<>(MailPurpose.class);

    @Column(name = "payment_reminder_days")
    private Integer paymentReminderDays;

    @Column(name = "unpaid_escalation_days")
    private Integer unpaidEscalationDays;

    @Enumerated(EnumType.STRING)
    @Column(name = "unpaid_escalation_action", nullable = false, length = 20)
    private UnpaidEscalationAction unpaidEscalationAction;

    @Column(name = "deferred_auto_registration", nullable = false)
    private boolean deferredAutoRegistration;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected AutomationSettingsRecord() {
    }

    AutomationSettingsRecord(AutomationSettings settings, Instant now) {
        apply(settings, now);
    }

    /** Takes over settings already validated by {@link AutomationSettingsManagement}. */
    void apply(AutomationSettings settings, Instant now) {
        this.progressMode = settings.progressMode();
        this.autoSend.clear();
        this.autoSend.putAll(settings.autoSend());
        this.paymentReminderDays = settings.paymentReminderAfterBusinessDays();
        this.unpaidEscalationDays = settings.unpaidEscalationAfterDays();
        this.unpaidEscalationAction = settings.unpaidEscalationAction();
        this.deferredAutoRegistration = settings.deferredAutoRegistration();
        this.updatedAt = now;
    }

    AutomationSettings settings() {
        return new AutomationSettings(progressMode, autoSend, paymentReminderDays, unpaidEscalationDays,
                unpaidEscalationAction, deferredAutoRegistration);
    }
}
