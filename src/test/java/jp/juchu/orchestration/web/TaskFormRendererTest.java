package jp.juchu.orchestration.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The task form renderer: Camunda Forms JSON → fields to show, submitted inputs → typed variables or errors. */
class TaskFormRendererTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T03:00:00Z"), ZoneId.of("Asia/Tokyo"));

    static final String FORM = """
            {"id": "sample", "type": "default", "schemaVersion": 18, "components": [
              {"type": "text", "id": "t1", "text": "## 入金消込\\n入金を確認したら完了してください。"},
              {"type": "textfield", "id": "f1", "key": "orderNumber", "label": "受注番号", "readonly": true},
              {"type": "number", "id": "f2", "key": "billingAmount", "label": "請求金額", "readonly": true,
               "appearance": {"suffixAdorner": "円"}},
              {"type": "number", "id": "f3", "key": "paidAmount", "label": "入金額", "appearance": {"suffixAdorner": "円"},
               "validate": {"required": true, "min": 0}},
              {"type": "datetime", "id": "f4", "key": "paidAt", "subtype": "datetime", "dateLabel": "入金日",
               "timeLabel": "入金時刻", "timeSerializingFormat": "utc_offset", "timeInterval": 15},
              {"type": "select", "id": "f5", "key": "provider", "label": "後払いサービス", "validate": {"required": true},
               "values": [{"label": "NP後払い", "value": "NP_ATOBARAI"}, {"label": "ATODENE", "value": "ATODENE"}]},
              {"type": "radio", "id": "f6", "key": "decision", "label": "対応", "validate": {"required": true},
               "values": [{"label": "キャンセル", "value": "CANCEL"}, {"label": "支払方法を変更", "value": "CHANGE_PAYMENT"}]},
              {"type": "textfield", "id": "f7", "key": "newPaymentMethod", "label": "新しい支払方法",
               "validate": {"required": true}, "conditional": {"hide": "=decision != \\"CHANGE_PAYMENT\\""}},
              {"type": "textarea", "id": "f8", "key": "registrationError", "label": "前回の登録エラー", "readonly": true,
               "conditional": {"hide": "=registrationError = null"}},
              {"type": "checkbox", "id": "f9", "key": "invoiceEnclosed", "label": "請求書を同梱する", "defaultValue": false},
              {"type": "checkbox", "id": "f10", "key": "confirmed", "label": "確認しました", "validate": {"required": true}},
              {"type": "textarea", "id": "f11", "key": "note", "label": "備考"}
            ]}""";

    final TaskFormRenderer form = TaskFormRenderer.of(FORM, CLOCK);

    @Test
    void parsesEveryComponentWithItsProperties() {
        List<FormComponent> components = form.components();

        assertThat(components).extracting(FormComponent::type).containsExactly("text", "textfield", "number", "number",
                "datetime", "select", "radio", "textfield", "textarea", "checkbox", "checkbox", "textarea");
        assertThat(components.get(0).textBlocks()).containsExactly(new FormComponent.TextBlock(2, "入金消込"),
                new FormComponent.TextBlock(0, "入金を確認したら完了してください。"));
        FormComponent paid = components.get(3);
        assertThat(paid.required()).isTrue();
        assertThat(paid.min()).isZero();
        assertThat(paid.suffix()).isEqualTo("円");
        FormComponent paidAt = components.get(4);
        assertThat(paidAt.displayLabel()).isEqualTo("入金日");
        assertThat(paidAt.hasDate()).isTrue();
        assertThat(paidAt.hasTime()).isTrue();
        assertThat(paidAt.timeInterval()).isEqualTo(15);
        assertThat(components.get(5).options()).extracting(FormComponent.Option::label).containsExactly("NP後払い", "ATODENE");
        assertThat(components.get(7).hide()).isEqualTo(new HideCondition("decision", true, "CHANGE_PAYMENT"));
        assertThat(components.get(9).defaultValue()).isEqualTo(false);
        assertThat(components.get(1).isEditable()).isFalse();
        assertThat(components.get(0).isInput()).isFalse();
    }

    @Test
    void showsTheProcessVariablesReadOnlyFieldsAsFactsAndDefaultsWhereUnset() {
        Map<String, Object> variables = TaskFormRenderer.values(Map.of("orderNumber", "\"R-1001\"", "billingAmount", "12760",
                "paidAt", "\"2026-11-29T01:30:00Z\"", "provider", "\"ATODENE\"", "decision", "\"CANCEL\"", "note", "\"電話済み\""));

        List<FieldView> fields = form.view(variables);

        assertThat(field(fields, "orderNumber").fact()).isEqualTo("R-1001");
        assertThat(field(fields, "billingAmount").fact()).isEqualTo("12,760円");
        assertThat(field(fields, "paidAt").value()).isEqualTo("2026-11-29");
        assertThat(field(fields, "paidAt").time()).isEqualTo("10:30");
        assertThat(field(fields, "provider").selected("ATODENE")).isTrue();
        assertThat(field(fields, "decision").selected("CANCEL")).isTrue();
        assertThat(field(fields, "note").value()).isEqualTo("電話済み");
        assertThat(field(fields, "invoiceEnclosed").checked()).isFalse();
        assertThat(field(fields, "paidAmount").value()).isEmpty();
        assertThat(field(fields, "newPaymentMethod").hidden()).as("decision is CANCEL").isTrue();
        assertThat(field(fields, "registrationError").hidden()).as("no registration error").isTrue();
    }

    @Test
    void hidesByTheSimpleFeelConditions() {
        Map<String, Object> changing = new HashMap<>(Map.of("decision", "CHANGE_PAYMENT", "registrationError", "郵便番号が不正です"));

        List<FieldView> fields = form.view(changing);

        assertThat(field(fields, "newPaymentMethod").hidden()).isFalse();
        assertThat(field(fields, "registrationError").hidden()).isFalse();
        assertThat(field(fields, "registrationError").fact()).isEqualTo("郵便番号が不正です");
        assertThat(field(form.view(Map.of()), "newPaymentMethod").hidden()).as("null != \"CHANGE_PAYMENT\"").isTrue();
    }

    @Test
    void theConditionEvaluatorKnowsNullBooleansAndStringsAndShowsOnAnythingElse() {
        Map<String, Object> data = new HashMap<>();
        data.put("flag", true);
        data.put("name", "X");
        data.put("empty", null);

        assertThat(HideCondition.parse("=empty = null").hides(data)).isTrue();
        assertThat(HideCondition.parse("=missing = null").hides(data)).isTrue();
        assertThat(HideCondition.parse("=name = null").hides(data)).isFalse();
        assertThat(HideCondition.parse("=name != null").hides(data)).isTrue();
        assertThat(HideCondition.parse("=name = \"X\"").hides(data)).isTrue();
        assertThat(HideCondition.parse("= name != \"X\"").hides(data)).isFalse();
        assertThat(HideCondition.parse("=flag = true").hides(data)).isTrue();
        assertThat(HideCondition.parse("=flag = false").hides(data)).isFalse();
        assertThat(HideCondition.parse("=flag != false").hides(data)).isTrue();
        for (String unsupported : new String[] {"=amount > 1000", "=a = \"x\" and b = null", "=is defined(x)", "name = null",
                "=true", "=name = 'X'", ""}) {
            HideCondition condition = HideCondition.parse(unsupported);
            assertThat(condition.isEvaluated()).as(unsupported).isFalse();
            assertThat(condition.hides(data)).as(unsupported).isFalse();
        }
        assertThat(HideCondition.parse(null).hides(data)).isFalse();
    }

    @Test
    void typesTheSubmittedValues() {
        Map<String, String> params = new HashMap<>(Map.of("paidAmount", "１２，７６０", "paidAt.date", "2026-11-30",
                "paidAt.time", "10:15", "provider", "NP_ATOBARAI", "decision", "CHANGE_PAYMENT", "newPaymentMethod", "CREDIT_CARD",
                "invoiceEnclosed", "true", "confirmed", "true", "note", "  入金確認済み  "));
        params.put("orderNumber", "R-HACKED");
        params.put("_csrf", "token");

        FormSubmission submission = form.submit(params, Map.of("orderNumber", "R-1001"));

        assertThat(submission.errors()).isEmpty();
        assertThat(submission.variables()).containsOnly(entry("paidAmount", 12760L),
                entry("paidAt", "2026-11-30T10:15:00+09:00"), entry("provider", "NP_ATOBARAI"),
                entry("decision", "CHANGE_PAYMENT"), entry("newPaymentMethod", "CREDIT_CARD"),
                entry("invoiceEnclosed", true), entry("confirmed", true), entry("note", "入金確認済み"));
    }

    @Test
    void leavesOutEmptyOptionalFieldsHiddenFieldsAndSendsUncheckedBoxesAsFalse() {
        Map<String, String> params = Map.of("paidAmount", "2760.50", "paidAt.date", "", "paidAt.time", "", "provider", "ATODENE",
                "decision", "CANCEL", "newPaymentMethod", "typed before changing my mind", "confirmed", "on", "note", "  ");

        FormSubmission submission = form.submit(params, Map.of());

        assertThat(submission.valid()).isTrue();
        assertThat(submission.variables()).containsOnly(entry("paidAmount", new java.math.BigDecimal("2760.5")),
                entry("provider", "ATODENE"), entry("decision", "CANCEL"), entry("invoiceEnclosed", false),
                entry("confirmed", true));
    }

    @Test
    void requiredFieldsHaveJapaneseMessagesAndNothingIsSentWhenInvalid() {
        Map<String, String> params = Map.of("decision", "CHANGE_PAYMENT", "note", "メモ");

        FormSubmission submission = form.submit(params, Map.of());

        assertThat(submission.valid()).isFalse();
        assertThat(submission.variables()).isEmpty();
        assertThat(submission.errors()).containsOnly(
                entry("paidAmount", "「入金額」を入力してください"),
                entry("provider", "「後払いサービス」を選んでください"),
                entry("newPaymentMethod", "「新しい支払方法」を入力してください"),
                entry("confirmed", "「確認しました」にチェックを入れてください"));
    }

    @Test
    void rejectsValuesThatAreNotNumbersOptionsOrDates() {
        Map<String, String> params = Map.of("paidAmount", "-5", "paidAt.date", "2026-11-30", "paidAt.time", "",
                "provider", "PAYPAY", "decision", "CANCEL", "confirmed", "true");

        Map<String, String> errors = form.submit(params, Map.of()).errors();

        assertThat(errors).containsOnly(entry("paidAmount", "「入金額」は 0 以上で入力してください"),
                entry("paidAt", "「入金日」と「入金時刻」を両方入力してください"),
                entry("provider", "「後払いサービス」は選択肢から選んでください"));
        assertThat(form.submit(Map.of("paidAmount", "abc"), Map.of()).errors().get("paidAmount"))
                .isEqualTo("「入金額」は数値で入力してください (入力: abc)");
        assertThat(form.submit(Map.of("paidAt.date", "30.11.2026", "paidAt.time", "10:00"), Map.of()).errors().get("paidAt"))
                .isEqualTo("「入金日」は日付 (例: 2026-11-30) で入力してください");
        assertThat(form.submit(Map.of("paidAt.date", "2026/11/30", "paidAt.time", "25:00"), Map.of()).errors().get("paidAt"))
                .isEqualTo("「入金時刻」は時刻 (例: 10:00) で入力してください");
    }

    @Test
    void theFormComesBackAsTypedWithTheErrorsNextToTheFields() {
        Map<String, String> params = Map.of("paidAmount", "abc", "paidAt.date", "2026-11-30", "paidAt.time", "09:00",
                "decision", "CHANGE_PAYMENT", "confirmed", "true");
        FormSubmission submission = form.submit(params, Map.of("orderNumber", "R-1001"));

        List<FieldView> fields = form.view(Map.of("orderNumber", "R-1001"), params, submission.errors());

        assertThat(field(fields, "paidAmount").value()).isEqualTo("abc");
        assertThat(field(fields, "paidAmount").error()).isEqualTo("「入金額」は数値で入力してください (入力: abc)");
        assertThat(field(fields, "paidAt").value()).isEqualTo("2026-11-30");
        assertThat(field(fields, "paidAt").time()).isEqualTo("09:00");
        assertThat(field(fields, "newPaymentMethod").hidden()).as("shown for the chosen decision").isFalse();
        assertThat(field(fields, "newPaymentMethod").error()).isEqualTo("「新しい支払方法」を入力してください");
        assertThat(field(fields, "confirmed").checked()).isTrue();
        assertThat(field(fields, "orderNumber").fact()).isEqualTo("R-1001");
    }

    @Test
    void datetimeFollowsTheSerializingFormatAndSubtype() {
        String schema = """
                {"components": [
                  {"type": "datetime", "key": "normalized", "subtype": "datetime", "dateLabel": "日時", "timeSerializingFormat": "utc_normalized"},
                  {"type": "datetime", "key": "local", "subtype": "datetime", "dateLabel": "日時", "timeSerializingFormat": "no_timezone"},
                  {"type": "datetime", "key": "day", "subtype": "date", "dateLabel": "日付"},
                  {"type": "datetime", "key": "clock", "subtype": "time", "timeLabel": "時刻"}
                ]}""";
        Map<String, String> params = Map.of("normalized.date", "2026-11-30", "normalized.time", "10:00", "local.date", "2026-11-30",
                "local.time", "10:00", "day.date", "2026-11-30", "clock.time", "10:00");

        FormSubmission submission = TaskFormRenderer.of(schema, CLOCK).submit(params, Map.of());

        assertThat(submission.variables()).containsOnly(entry("normalized", "2026-11-30T01:00:00Z"),
                entry("local", "2026-11-30T10:00:00"), entry("day", "2026-11-30"), entry("clock", "10:00:00+09:00"));
    }

    @Test
    void aTaskWithoutAFormHasNoFieldsAndCompletesWithoutVariables() {
        TaskFormRenderer none = TaskFormRenderer.of("null", CLOCK);

        assertThat(none.components()).isEmpty();
        assertThat(none.submit(Map.of("x", "1"), Map.of()).variables()).isEmpty();
    }

    @Test
    void everyComponentOfOurFormsIsSupported() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("forms"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".form")).toList()) {
                TaskFormRenderer parsed = TaskFormRenderer.of(Files.readString(file), CLOCK);
                for (FormComponent c : parsed.components()) {
                    assertThat(c.isInput() || "text".equals(c.type())).as(file + " " + c.type()).isTrue();
                    assertThat(c.isInput() ? c.displayLabel() : String.join("", c.textBlocks().stream()
                            .map(FormComponent.TextBlock::text).toList())).as(file + " " + c.id()).isNotBlank();
                }
                assertThat(parsed.submit(Map.of(), Map.of()).valid()).as(file + " has a required field").isFalse();
            }
        }
    }

    private static FieldView field(List<FieldView> fields, String key) {
        return fields.stream().filter(f -> key.equals(f.component().key())).findFirst().orElseThrow();
    }
}
