package jp.juchu.shop;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import jp.juchu.audit.OperationLog;
import jp.juchu.core.CachedSnapshot;
import jp.juchu.core.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 自動処理設定: one record for the company, read by the order process, changed by admins. */
@Service
public class AutomationSettingsManagement {

    static final String AREA = "自動処理設定";
    static final int REMINDER_MAX = 30;
    static final int ESCALATION_MAX = 365;

    private final AutomationSettingsRepository records;
    private final OperationLog operationLog;
    private final Clock clock;
    private final CachedSnapshot<AutomationSettings> current;

    AutomationSettingsManagement(AutomationSettingsRepository records, OperationLog operationLog, Clock clock) {
        this.records = records;
        this.operationLog = operationLog;
        this.clock = clock;
        this.current = new CachedSnapshot<>(clock);
    }

    /** Read by nearly every process step, so kept in memory ({@link CachedSnapshot}); {@link #update} reports changes. */
    @Transactional(readOnly = true)
    public AutomationSettings current() {
        return current.get(() -> records.findFirstByOrderByIdAsc().map(AutomationSettingsRecord::settings)
                .orElseGet(AutomationSettings::defaults));
    }

    @Transactional
    public AutomationSettings update(AutomationSettingsInput input) {
        AutomationSettings updated = validate(input);
        AutomationSettings before = current();
        current.changed();
        AutomationSettingsRecord record = records.findFirstByOrderByIdAsc().orElse(null);
        if (record == null) {
            records.save(new AutomationSettingsRecord(updated, clock.instant()));
        } else {
            record.apply(updated, clock.instant());
            records.flush();
        }
        operationLog.record(AREA, "更新", "自動処理設定", changes(before, updated));
        return updated;
    }

    static AutomationSettings validate(AutomationSettingsInput input) {
        ProgressMode mode = parse(ProgressMode.class, input.progressMode(), "progressMode",
                "受注進捗遷移は AUTO (自動) か MANUAL (手動) を指定してください");
        Map<MailPurpose, Boolean> autoSend = autoSend(input.autoSend());
        Integer reminder = days(input.paymentReminderAfterBusinessDays(), "paymentReminderAfterBusinessDays",
                "入金催促までの営業日数", REMINDER_MAX, "催促しません");
        Integer escalation = days(input.unpaidEscalationAfterDays(), "unpaidEscalationAfterDays",
                "未入金の対応までの日数", ESCALATION_MAX, "何もしません");
        UnpaidEscalationAction action = input.unpaidEscalationAction() == null || input.unpaidEscalationAction().isBlank()
                ? null
                : parse(UnpaidEscalationAction.class, input.unpaidEscalationAction(), "unpaidEscalationAction",
                        "未入金時の対応は HOLD (保留) か CANCEL_CANDIDATE (キャンセル候補) を指定してください");
        if (action == null) {
            if (escalation != null) {
                throw new InvalidInputException("unpaidEscalationAction", "未入金時の対応を選択してください");
            }
            action = UnpaidEscalationAction.HOLD;
        }
        return new AutomationSettings(mode, autoSend, reminder, escalation, action,
                Boolean.TRUE.equals(input.deferredAutoRegistration()));
    }

    private static Map<MailPurpose, Boolean> autoSend(Map<String, Boolean> values) {
        Map<MailPurpose, Boolean> result = new EnumMap<>(MailPurpose.class);
        if (values == null) {
            return result;
        }
        for (Map.Entry<String, Boolean> entry : values.entrySet()) {
            MailPurpose purpose = parse(MailPurpose.class, entry.getKey(), "autoSend",
                    "メールの用途「" + entry.getKey() + "」はありません");
            boolean enabled = Boolean.TRUE.equals(entry.getValue());
            if (purpose == MailPurpose.FREE && enabled) {
                throw new InvalidInputException("autoSend", "フリーメールは自動送信できません");
            }
            result.put(purpose, enabled);
        }
        return result;
    }

    private static Integer days(String value, String field, String label, int max, String offMeaning) {
        if (value == null || value.isBlank()) {
            return null;
        }
        int days;
        try {
            days = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, label + "は数字で入力してください");
        }
        if (days < 0 || days > max) {
            throw new InvalidInputException(field, label + "は1〜" + max + "で入力してください (0 または空欄で" + offMeaning + ")");
        }
        return days == 0 ? null : days;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, String message) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, message);
        }
    }

    private static String changes(AutomationSettings before, AutomationSettings after) {
        List<String> changes = new ArrayList<>();
        change(changes, "受注進捗遷移", before.progressMode().label(), after.progressMode().label());
        change(changes, "自動送信", autoSendText(before), autoSendText(after));
        change(changes, "入金催促", daysText(before.paymentReminderAfterBusinessDays(), "営業日後"),
                daysText(after.paymentReminderAfterBusinessDays(), "営業日後"));
        change(changes, "未入金対応", daysText(before.unpaidEscalationAfterDays(), "日後") + " " + before.unpaidEscalationAction().label(),
                daysText(after.unpaidEscalationAfterDays(), "日後") + " " + after.unpaidEscalationAction().label());
        change(changes, "後払い自動取引登録", before.deferredAutoRegistration() ? "する" : "しない",
                after.deferredAutoRegistration() ? "する" : "しない");
        return changes.isEmpty() ? "変更なし" : String.join(" / ", changes);
    }

    private static void change(List<String> changes, String label, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(label + ": " + before + " → " + after);
        }
    }

    private static String autoSendText(AutomationSettings settings) {
        String on = settings.autoSend().entrySet().stream().filter(Map.Entry::getValue)
                .map(e -> e.getKey().label()).collect(Collectors.joining(","));
        return on.isEmpty() ? "なし" : on;
    }

    private static String daysText(Integer days, String unit) {
        return days == null ? "しない" : days + unit;
    }
}
