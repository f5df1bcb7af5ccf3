package jp.juchu.shipping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import jp.juchu.core.InvalidInputException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class ExportTemplateTest {

    private static final Instant NOW = Instant.parse("2026-05-01T00:00:00Z");

    @Test
    void aValidDefinitionIsKeptWithNameAndHeadersTrimmed() {
        ExportTemplate template = new ExportTemplate(definition("  WMS出荷指示 ", columns(
                new TemplateColumn(" 受注番号 ", TemplateField.MALL_ORDER_NUMBER, null, 20),
                TemplateColumn.fixed("予備", ""))), NOW);

        ExportTemplateView view = template.view();
        assertThat(view.name()).isEqualTo("WMS出荷指示");
        assertThat(view.description()).isEmpty();
        assertThat(view.columns()).containsExactly(new TemplateColumn("受注番号", TemplateField.MALL_ORDER_NUMBER, null, 20),
                new TemplateColumn("予備", null, "", null));
        assertThat(view.updatedAt()).isEqualTo(NOW);
    }

    @Test
    void theNameIsRequiredAndAtMostFiftyCharacters() {
        assertRejected(() -> new ExportTemplate(definition(" ", oneColumn()), NOW), "name", "テンプレート名を入力してください");
        assertRejected(() -> new ExportTemplate(definition("あ".repeat(51), oneColumn()), NOW), "name", "50文字以内");
        assertRejected(() -> new ExportTemplate(definition("改行\n入り", oneColumn()), NOW), "name", "改行");
        assertThat(new ExportTemplate(definition("あ".repeat(50), oneColumn()), NOW).view().name()).hasSize(50);
    }

    @Test
    void oneToTwoHundredColumns() {
        assertRejected(() -> new ExportTemplate(definition("空", List.of()), NOW), "columns", "出力項目を1つ以上設定してください");
        List<TemplateColumn> tooMany = Collections.nCopies(201, TemplateColumn.field("注文番号", TemplateField.MALL_ORDER_NUMBER));
        assertRejected(() -> new ExportTemplate(definition("多すぎ", tooMany), NOW), "columns", "200列まで");
        List<TemplateColumn> most = Collections.nCopies(200, TemplateColumn.field("注文番号", TemplateField.MALL_ORDER_NUMBER));
        assertThat(new ExportTemplate(definition("最大", most), NOW).view().columns()).hasSize(200);
    }

    @Test
    void eachColumnHasAHeaderAndExactlyOneOfFieldAndFixedValue() {
        assertRejected(() -> new ExportTemplate(definition("t", columns(oneColumn().get(0), TemplateColumn.fixed(" ", "x"))), NOW),
                "columns[1].header", "出力項目 2列目: 見出しを入力してください");
        assertRejected(() -> new ExportTemplate(definition("t", columns(new TemplateColumn("両方", TemplateField.ORDER_ID, "1", null))), NOW),
                "columns[0].field", "どちらか一方だけ");
        assertRejected(() -> new ExportTemplate(definition("t", columns(new TemplateColumn("なし", null, null, null))), NOW),
                "columns[0].field", "項目を選ぶか、固定値を指定してください");
        assertRejected(() -> new ExportTemplate(definition("t", columns(TemplateColumn.fixed("改行", "a\r\nb"))), NOW),
                "columns[0].fixedValue", "改行");
        assertRejected(() -> new ExportTemplate(definition("t", columns(TemplateColumn.fixed("長い", "x".repeat(201)))), NOW),
                "columns[0].fixedValue", "200文字以内");
    }

    @Test
    void maxLengthIsOneToAThousandOrNone() {
        assertRejected(() -> new ExportTemplate(definition("t", columns(TemplateColumn.field("名", TemplateField.ITEM_NAME).limitedTo(0))), NOW),
                "columns[0].maxLength", "最大文字数は1〜1000");
        assertRejected(() -> new ExportTemplate(definition("t", columns(TemplateColumn.field("名", TemplateField.ITEM_NAME).limitedTo(1001))), NOW),
                "columns[0].maxLength", "最大文字数は1〜1000");
        assertThat(new ExportTemplate(definition("t", columns(TemplateColumn.field("名", TemplateField.ITEM_NAME).limitedTo(1000))), NOW)
                .view().columns().get(0).maxLength()).isEqualTo(1000);
    }

    @Test
    void optionsMustBeSet() {
        TemplateDefinition noEncoding = new TemplateDefinition("t", "", null, TemplateQuoting.ALL, LineEnding.CRLF, true,
                RowGranularity.ONE_PER_SHIPMENT, oneColumn());
        assertRejected(() -> new ExportTemplate(noEncoding, NOW), "encoding", "文字コード");
    }

    @Test
    void aRejectedRedefinitionChangesNothing() {
        ExportTemplate template = new ExportTemplate(definition("元の名前", oneColumn()), NOW);
        ExportTemplateView before = template.view();

        assertRejected(() -> template.redefine(definition("新しい名前", columns(TemplateColumn.fixed("", "x"))), NOW.plusSeconds(60)),
                "columns[0].header", "見出し");

        assertThat(template.view()).isEqualTo(before);
    }

    @Test
    void inputDefaultsAreWindows31jAllQuotedCrlfHeaderOneRowPerShipment() {
        TemplateDefinition parsed = ExportTemplates.parse(new ExportTemplateInput("t", null, null, "", null, null, null,
                List.of(new ExportTemplateInput.Column("注文番号", "MALL_ORDER_NUMBER", null, null))));

        assertThat(parsed.encoding()).isEqualTo(TemplateEncoding.WINDOWS_31J);
        assertThat(parsed.quoting()).isEqualTo(TemplateQuoting.ALL);
        assertThat(parsed.lineEnding()).isEqualTo(LineEnding.CRLF);
        assertThat(parsed.header()).isTrue();
        assertThat(parsed.rowPer()).isEqualTo(RowGranularity.ONE_PER_SHIPMENT);
        assertThat(parsed.columns()).containsExactly(TemplateColumn.field("注文番号", TemplateField.MALL_ORDER_NUMBER));
    }

    @Test
    void inputAcceptsCommonEncodingNamesAndRejectsUnknownOptionsAndFields() {
        assertThat(ExportTemplates.parse(input("UTF-8", "one_per_line", "order_id")).encoding()).isEqualTo(TemplateEncoding.UTF_8);
        assertThat(ExportTemplates.parse(input("Shift_JIS", null, "ORDER_ID")).encoding()).isEqualTo(TemplateEncoding.WINDOWS_31J);
        assertThat(ExportTemplates.parse(input("utf-8-bom", null, "ORDER_ID")).encoding()).isEqualTo(TemplateEncoding.UTF_8_BOM);
        assertThat(ExportTemplates.parse(input(null, "one_per_line", "order_id")).rowPer()).isEqualTo(RowGranularity.ONE_PER_LINE);

        assertRejected(() -> ExportTemplates.parse(input("EUC-JP", null, "ORDER_ID")), "encoding", "文字コード「EUC-JP」は使用できません");
        assertRejected(() -> ExportTemplates.parse(input(null, "PER_DAY", "ORDER_ID")), "rowPer", "出力単位「PER_DAY」は使用できません");
        assertRejected(() -> ExportTemplates.parse(input(null, null, "SHOE_SIZE")), "columns[0].field", "項目「SHOE_SIZE」はありません");
    }

    @Test
    void everyCatalogFieldHasAJapaneseLabelAndAGroup() {
        for (TemplateField field : TemplateField.values()) {
            assertThat(field.label()).as(field.name()).isNotBlank();
            assertThat(field.group()).as(field.name()).isNotNull();
        }
        assertThat(TemplateField.of(TemplateFieldGroup.LINE)).contains(TemplateField.ITEM_ID, TemplateField.QUANTITY, TemplateField.LINE_NO);
    }

    private static ExportTemplateInput input(String encoding, String rowPer, String field) {
        return new ExportTemplateInput("t", "", encoding, null, null, null, rowPer,
                List.of(new ExportTemplateInput.Column("列", field, null, null)));
    }

    private static TemplateDefinition definition(String name, List<TemplateColumn> columns) {
        return new TemplateDefinition(name, null, TemplateEncoding.WINDOWS_31J, TemplateQuoting.ALL, LineEnding.CRLF, true,
                RowGranularity.ONE_PER_SHIPMENT, columns);
    }

    private static List<TemplateColumn> oneColumn() {
        return List.of(TemplateColumn.field("注文番号", TemplateField.MALL_ORDER_NUMBER));
    }

    private static List<TemplateColumn> columns(TemplateColumn... columns) {
        return new ArrayList<>(List.of(columns));
    }

    private static void assertRejected(ThrowingCallable call, String field, String messagePart) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class, ex -> {
            assertThat(ex.field()).isEqualTo(field);
            assertThat(ex.getMessage()).contains(messagePart);
        });
    }
}
