package jp.juchu.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateLabelWriterTest {

    /** A warehouse (WMS) order file: one row per order line, UTF-8, LF, minimal quoting, spaces out of addresses. */
    static ExportTemplateView wms() {
        return view("WMS出荷指示", TemplateEncoding.UTF_8, TemplateQuoting.MINIMAL, LineEnding.LF, true, RowGranularity.ONE_PER_LINE,
                List.of(TemplateColumn.field("出荷指示No", TemplateField.MANAGEMENT_NUMBER),
                        TemplateColumn.field("受注番号", TemplateField.MALL_ORDER_NUMBER),
                        TemplateColumn.field("出荷予定日", TemplateField.PLANNED_SHIP_DATE),
                        TemplateColumn.field("配送先氏名", TemplateField.RECIPIENT_NAME),
                        TemplateColumn.field("配送先郵便番号", TemplateField.RECIPIENT_POSTAL_CODE),
                        TemplateColumn.field("配送先住所", TemplateField.RECIPIENT_ADDRESS),
                        TemplateColumn.field("配送先電話", TemplateField.RECIPIENT_PHONE),
                        TemplateColumn.field("明細行", TemplateField.LINE_NO),
                        TemplateColumn.field("商品コード", TemplateField.ITEM_NUMBER),
                        TemplateColumn.field("商品名", TemplateField.ITEM_NAME).limitedTo(10),
                        TemplateColumn.field("数量", TemplateField.QUANTITY),
                        TemplateColumn.field("単価", TemplateField.UNIT_PRICE),
                        TemplateColumn.fixed("荷主コード", "TEST01"),
                        TemplateColumn.fixed("予備1", ""),
                        TemplateColumn.field("備考", TemplateField.COMMENTS)));
    }

    /** A Shift_JIS label-tool file: one row per 送付先, CRLF, every cell quoted, with fixed values. */
    static ExportTemplateView warehouse() {
        return view("送り状 (Shift_JIS)", TemplateEncoding.WINDOWS_31J, TemplateQuoting.ALL, LineEnding.CRLF, true,
                RowGranularity.ONE_PER_SHIPMENT,
                List.of(TemplateColumn.field("お客様管理番号", TemplateField.MANAGEMENT_NUMBER),
                        TemplateColumn.fixed("送り状種類", "0"),
                        TemplateColumn.field("出荷予定日", TemplateField.PLANNED_SHIP_DATE),
                        TemplateColumn.field("お届け予定日", TemplateField.REQUESTED_DATE),
                        TemplateColumn.field("配達時間帯", TemplateField.REQUESTED_TIME_SLOT),
                        TemplateColumn.field("お届け先電話番号", TemplateField.RECIPIENT_PHONE),
                        TemplateColumn.field("お届け先郵便番号", TemplateField.RECIPIENT_POSTAL_CODE),
                        TemplateColumn.field("お届け先住所", TemplateField.RECIPIENT_ADDRESS).limitedTo(16),
                        TemplateColumn.field("お届け先名", TemplateField.RECIPIENT_NAME),
                        TemplateColumn.field("品名", TemplateField.ITEM_SUMMARY),
                        TemplateColumn.field("商品名", TemplateField.ITEM_NAME),
                        TemplateColumn.field("代引", TemplateField.COD),
                        TemplateColumn.field("代引金額", TemplateField.COD_AMOUNT),
                        TemplateColumn.field("注文日時", TemplateField.ORDERED_AT),
                        TemplateColumn.field("備考", TemplateField.COMMENTS),
                        TemplateColumn.fixed("集計式", "=SUM(A1)"),
                        TemplateColumn.field("ご依頼主名", TemplateField.SENDER_NAME),
                        TemplateColumn.field("モール", TemplateField.MALL),
                        TemplateColumn.field("請求先顧客コード", TemplateField.CARRIER_CUSTOMER_CODE),
                        TemplateColumn.fixed("+備考2", "")));
    }

    @Test
    void wmsTemplateWritesOneRowPerLineInUtf8WithLf() throws IOException {
        byte[] written = write(wms(), new ExportOptions(true),
                TemplateTestLabels.twoLinesWithTakahashi(), TemplateTestLabels.formulaItem());

        assertThat(new String(written, StandardCharsets.UTF_8)).isEqualTo(new String(golden("template-wms-utf8-lf.csv"), StandardCharsets.UTF_8));
        assertThat(written).isEqualTo(golden("template-wms-utf8-lf.csv"));
    }

    @Test
    void windows31jTemplateQuotesEverythingUsesCrlfAndReplacesWhatShiftJisCannotHold() throws IOException {
        byte[] written = write(warehouse(), ExportOptions.DEFAULT, TemplateTestLabels.twoLinesWithTakahashi(),
                TemplateTestLabels.formulaItem(), TemplateTestLabels.noLines());

        assertThat(new String(written, TemplateEncoding.WINDOWS_31J.charset()))
                .isEqualTo(new String(golden("template-warehouse-windows31j-crlf.csv"), TemplateEncoding.WINDOWS_31J.charset()));
        assertThat(written).isEqualTo(golden("template-warehouse-windows31j-crlf.csv"));
        assertThat(HexFormat.of().formatHex(written)).contains("fbfc" + "8bb4"); // 髙橋 as Windows writes it (IBM extension)
    }

    @Test
    void utf8WithBomStartsWithTheByteOrderMarkAndNoHeaderRowMeansDataOnly() throws IOException {
        ExportTemplateView template = view("BOM", TemplateEncoding.UTF_8_BOM, TemplateQuoting.MINIMAL, LineEnding.CRLF, false,
                RowGranularity.ONE_PER_SHIPMENT,
                List.of(TemplateColumn.field("注文番号", TemplateField.MALL_ORDER_NUMBER), TemplateColumn.field("商品点数", TemplateField.ITEM_COUNT)));

        byte[] written = write(template, ExportOptions.DEFAULT, TemplateTestLabels.twoLinesWithTakahashi());

        assertThat(written).isEqualTo(("\uFEFF382915-20260501-0012345,3\r\n").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void noLabelsGivesTheHeaderOnly() throws IOException {
        assertThat(new String(write(wms(), ExportOptions.DEFAULT), StandardCharsets.UTF_8))
                .isEqualTo("出荷指示No,受注番号,出荷予定日,配送先氏名,配送先郵便番号,配送先住所,配送先電話,明細行,商品コード,商品名,数量,単価,荷主コード,予備1,備考\n");
    }

    @Test
    void aShipmentWithoutLinesStillGetsOneRowInLineMode() throws IOException {
        ExportTemplateView template = view("lines", TemplateEncoding.UTF_8, TemplateQuoting.ALL, LineEnding.LF, false,
                RowGranularity.ONE_PER_LINE,
                List.of(TemplateColumn.field("管理番号", TemplateField.MANAGEMENT_NUMBER), TemplateColumn.field("行", TemplateField.LINE_NO),
                        TemplateColumn.field("商品名", TemplateField.ITEM_NAME)));

        assertThat(new String(write(template, ExportOptions.DEFAULT, TemplateTestLabels.noLines()), StandardCharsets.UTF_8))
                .isEqualTo("\"7004\",\"\",\"\"\n");
    }

    @Test
    void headerLinePreviewFollowsQuotingFormulaAndEncodingRules() {
        assertThat(TemplateLabelWriter.headerLine(List.of("注文番号", "=合計", "a,b", "😀"), TemplateQuoting.MINIMAL, TemplateEncoding.WINDOWS_31J))
                .isEqualTo("注文番号,'=合計,\"a,b\",〓");
        assertThat(TemplateLabelWriter.headerLine(List.of("注文番号", "😀"), TemplateQuoting.ALL, TemplateEncoding.UTF_8))
                .isEqualTo("\"注文番号\",\"😀\"");
    }

    private static ExportTemplateView view(String name, TemplateEncoding encoding, TemplateQuoting quoting, LineEnding lineEnding,
                                           boolean header, RowGranularity rowPer, List<TemplateColumn> columns) {
        return new ExportTemplateView(1, name, "", encoding, quoting, lineEnding, header, rowPer, columns, Instant.EPOCH);
    }

    private static byte[] write(ExportTemplateView template, ExportOptions options, ShippingLabel... labels) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TemplateLabelWriter(template).write(List.of(labels), options, out);
        return out.toByteArray();
    }

    private static byte[] golden(String name) throws IOException {
        try (InputStream in = TemplateLabelWriterTest.class.getResourceAsStream("/shipping/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }
}
