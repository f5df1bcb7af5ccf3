package jp.juchu.shop.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Map;
import jp.juchu.shop.AutomationSettings;
import jp.juchu.shop.AutomationSettingsManagement;
import jp.juchu.shop.MailPurpose;
import jp.juchu.shop.ProgressMode;
import jp.juchu.shop.UnpaidEscalationAction;
import jp.juchu.support.ApiClient;
import jp.juchu.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class AutomationSettingsApiIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    AutomationSettingsManagement management;

    private ApiClient admin;
    private JsonNode original;

    @BeforeEach
    void remember() {
        admin = ApiClient.admin(port);
        original = admin.get("/api/automation-settings").json();
    }

    /** The settings are company-wide and shared with other tests: put them back. */
    @AfterEach
    void restore() {
        ApiClient.Response response = admin.put("/api/automation-settings", JSON.convertValue(original, Map.class));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    @Test
    void getShowsEveryAutomaticPurposeButNotFree() {
        assertThat(original.get("progressMode").asText()).isIn("AUTO", "MANUAL");
        assertThat(original.get("autoSend").has("ORDER_THANKS")).isTrue();
        assertThat(original.get("autoSend").has("CREDIT_REJECTED")).isTrue();
        assertThat(original.get("autoSend").has("FREE")).isFalse();
        assertThat(original.get("unpaidEscalationAction").asText()).isIn("HOLD", "CANCEL_CANDIDATE");
    }

    @Test
    void putChangesWhatTheProcessReads() {
        ApiClient.Response response = admin.put("/api/automation-settings", settings(Map.of(
                "progressMode", "MANUAL",
                "autoSend", Map.of("ORDER_THANKS", true, "SHIPPED", true, "PAYMENT_REMINDER", true),
                "paymentReminderAfterBusinessDays", 5,
                "unpaidEscalationAfterDays", "21",
                "unpaidEscalationAction", "CANCEL_CANDIDATE",
                "deferredAutoRegistration", false)));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode stored = admin.get("/api/automation-settings").json();
        assertThat(stored.get("progressMode").asText()).isEqualTo("MANUAL");
        assertThat(stored.get("autoSend").get("PAYMENT_CONFIRMED").asBoolean()).isFalse();
        assertThat(stored.get("autoSend").get("PAYMENT_REMINDER").asBoolean()).isTrue();
        assertThat(stored.get("paymentReminderAfterBusinessDays").asInt()).isEqualTo(5);
        assertThat(stored.get("unpaidEscalationAfterDays").asInt()).isEqualTo(21);

        AutomationSettings current = management.current();
        assertThat(current.progressMode()).isEqualTo(ProgressMode.MANUAL);
        assertThat(current.sendsAutomatically(MailPurpose.SHIPPED)).isTrue();
        assertThat(current.sendsAutomatically(MailPurpose.ORDER_THANKS)).isTrue();
        assertThat(current.sendsAutomatically(MailPurpose.PAYMENT_CONFIRMED)).isFalse();
        assertThat(current.paymentReminderDays()).hasValue(5);
        assertThat(current.unpaidEscalationAction()).isEqualTo(UnpaidEscalationAction.CANCEL_CANDIDATE);
        assertThat(current.deferredAutoRegistration()).isFalse();

        assertThat(SettingsTestUsers.operationLog(port, "自動処理設定").json())
                .anySatisfy(e -> assertThat(e.get("detail").asText()).contains("入金催促: ").contains("→ 5営業日後"));
    }

    @Test
    void zeroOrBlankSwitchesReminderAndEscalationOff() {
        ApiClient.Response response = admin.put("/api/automation-settings", settings(Map.of(
                "paymentReminderAfterBusinessDays", 0, "unpaidEscalationAfterDays", "")));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode stored = admin.get("/api/automation-settings").json();
        assertThat(stored.get("paymentReminderAfterBusinessDays").isNull()).isTrue();
        assertThat(stored.get("unpaidEscalationAfterDays").isNull()).isTrue();
        assertThat(management.current().paymentReminderDays()).isEmpty();
    }

    @Test
    void reminderOutOfRangeIsRefusedAndNothingChanges() {
        expectRefused(Map.of("paymentReminderAfterBusinessDays", 31), "paymentReminderAfterBusinessDays",
                "入金催促までの営業日数は1〜30で入力してください (0 または空欄で催促しません)");
        expectRefused(Map.of("paymentReminderAfterBusinessDays", "三日"), "paymentReminderAfterBusinessDays",
                "入金催促までの営業日数は数字で入力してください");
    }

    @Test
    void otherBadValuesAreRefusedWithTheirField() {
        expectRefused(Map.of("progressMode", "SOMETIMES"), "progressMode", "受注進捗遷移は AUTO (自動) か MANUAL (手動) を指定してください");
        expectRefused(Map.of("autoSend", Map.of("FREE", true)), "autoSend", "フリーメールは自動送信できません");
        expectRefused(Map.of("autoSend", Map.of("NEWSLETTER", true)), "autoSend", "メールの用途「NEWSLETTER」はありません");
        expectRefused(Map.of("unpaidEscalationAfterDays", 400), "unpaidEscalationAfterDays",
                "未入金の対応までの日数は1〜365で入力してください (0 または空欄で何もしません)");
        expectRefused(Map.of("unpaidEscalationAction", "DELETE"), "unpaidEscalationAction",
                "未入金時の対応は HOLD (保留) か CANCEL_CANDIDATE (キャンセル候補) を指定してください");
    }

    @Test
    void operatorsMayReadButNotChange() {
        String operator = SettingsTestUsers.newOperator(port);
        ApiClient asOperator = ApiClient.as(port, operator, SettingsTestUsers.OPERATOR_PASSWORD);

        assertThat(asOperator.get("/api/automation-settings").status()).isEqualTo(200);
        assertThat(asOperator.put("/api/automation-settings", settings(Map.of("progressMode", "MANUAL"))).status()).isEqualTo(403);
        assertThat(admin.get("/api/automation-settings").json()).isEqualTo(original);
    }

    private void expectRefused(Map<String, Object> changes, String field, String message) {
        ApiClient.Response response = admin.put("/api/automation-settings", settings(changes));
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().get("field").asText()).isEqualTo(field);
        assertThat(response.json().get("message").asText()).isEqualTo(message);
        assertThat(admin.get("/api/automation-settings").json()).isEqualTo(original);
    }

    /** A complete, valid request with the given fields replaced. */
    private static Map<String, Object> settings(Map<String, Object> changes) {
        Map<String, Object> body = new HashMap<>();
        body.put("progressMode", "AUTO");
        body.put("autoSend", Map.of("ORDER_THANKS", true, "PAYMENT_CONFIRMED", true, "SHIPPED", true));
        body.put("paymentReminderAfterBusinessDays", 3);
        body.put("unpaidEscalationAfterDays", 14);
        body.put("unpaidEscalationAction", "HOLD");
        body.put("deferredAutoRegistration", true);
        body.putAll(changes);
        return body;
    }
}
