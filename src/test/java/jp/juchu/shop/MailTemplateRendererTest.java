package jp.juchu.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MailTemplateRendererTest {

    private final MailTemplateRenderer renderer = new MailTemplateRenderer();

    private static final Map<String, Object> ORDER = Map.of(
            "受注番号", "123456-20260501-0000001",
            "注文者名", "山田 太郎",
            "合計金額", "4,968",
            "商品明細", List.of(
                    Map.of("商品名", "有機ほうじ茶 100g", "数量", "2", "単価", "864"),
                    Map.of("商品名", "抹茶ロールケーキ", "数量", "1", "単価", "3,240")));

    @Test
    void replacesPlaceholdersAndKeepsLineBreaks() {
        String text = renderer.render("{{注文者名}} 様\n\n受注番号: {{ 受注番号 }}\n合計 {{合計金額}}円\n", ORDER);

        assertThat(text).isEqualTo("山田 太郎 様\n\n受注番号: 123456-20260501-0000001\n合計 4,968円\n");
    }

    @Test
    void repeatsTheLinesBlockInline() {
        assertThat(renderer.render("{{#商品明細}}[{{商品名}} {{数量}}個 {{単価}}円]{{/商品明細}}", ORDER))
                .isEqualTo("[有機ほうじ茶 100g 2個 864円][抹茶ロールケーキ 1個 3,240円]");
    }

    @Test
    void blockTagsOnTheirOwnLinesPrintOneLinePerOrderLine() {
        String template = "ご注文内容:\n{{#商品明細}}\n・{{商品名}} × {{数量}} ({{受注番号}})\n{{/商品明細}}\n以上\n";

        assertThat(renderer.render(template, ORDER)).isEqualTo("ご注文内容:\n"
                + "・有機ほうじ茶 100g × 2 (123456-20260501-0000001)\n"
                + "・抹茶ロールケーキ × 1 (123456-20260501-0000001)\n"
                + "以上\n");
    }

    @Test
    void windowsLineBreaksAreKeptAsTheyAre() {
        assertThat(renderer.render("{{#商品明細}}\r\n{{商品名}}\r\n{{/商品明細}}\r\n完", ORDER))
                .isEqualTo("有機ほうじ茶 100g\r\n抹茶ロールケーキ\r\n完");
    }

    @Test
    void missingValuesPrintEmptyAndAMissingLineListPrintsNothing() {
        assertThat(renderer.render("[{{荷物番号}}]{{#商品明細}}x{{/商品明細}}", Map.of())).isEqualTo("[]");
    }

    @Test
    void unknownPlaceholderIsNamed() {
        assertThatThrownBy(() -> renderer.validate("受注番号: {{受注番号X}}"))
                .isInstanceOf(MailTemplateSyntaxException.class)
                .hasMessage("{{受注番号X}} は使用できない差込項目です");
        assertThatThrownBy(() -> renderer.validate("{{}}")).hasMessage("{{}} は使用できない差込項目です");
    }

    @Test
    void linePlaceholdersOnlyInsideTheBlock() {
        assertThatThrownBy(() -> renderer.validate("{{数量}}個"))
                .hasMessage("{{数量}} は {{#商品明細}}〜{{/商品明細}} の中でのみ使用できます");
    }

    @Test
    void blocksMustBeKnownClosedAndNotNested() {
        assertThatThrownBy(() -> renderer.validate("{{#商品明細}}{{商品名}}"))
                .hasMessage("{{#商品明細}} が {{/商品明細}} で閉じられていません");
        assertThatThrownBy(() -> renderer.validate("{{商品名X}}{{/商品明細}}"))
                .hasMessage("{{商品名X}} は使用できない差込項目です");
        assertThatThrownBy(() -> renderer.validate("{{/商品明細}}"))
                .hasMessage("{{/商品明細}} に対応する {{#商品明細}} がありません");
        assertThatThrownBy(() -> renderer.validate("{{#明細}}{{/明細}}"))
                .hasMessageStartingWith("{{#明細}} は使用できない差込項目です");
        assertThatThrownBy(() -> renderer.validate("{{#商品明細}}{{#商品明細}}{{/商品明細}}{{/商品明細}}"))
                .hasMessage("{{#商品明細}} の中に {{#商品明細}} は入れられません");
    }

    @Test
    void unclosedBracesAreReported() {
        assertThatThrownBy(() -> renderer.validate("受注番号: {{受注番号"))
                .hasMessage("「{{受注番号」の「{{」が「}}」で閉じられていません");
        assertThatThrownBy(() -> renderer.validate("{{受注番号 {{注文日}}"))
                .hasMessage("「{{受注番号」の「{{」が「}}」で閉じられていません");
    }

    @Test
    void textWithoutPlaceholdersAndSingleBracesIsLeftAlone() {
        assertThat(renderer.render("{ 送料無料 } }} 終わり", Map.of())).isEqualTo("{ 送料無料 } }} 終わり");
        assertThat(renderer.render(null, Map.of())).isEmpty();
    }

    @Test
    void everyDocumentedPlaceholderIsAccepted() {
        MailPlaceholders.scalarNames().forEach(name -> renderer.validate("{{" + name + "}}"));
        MailPlaceholders.LINE_ITEMS.keySet().forEach(name -> renderer.validate("{{#商品明細}}{{" + name + "}}{{/商品明細}}"));
    }
}
