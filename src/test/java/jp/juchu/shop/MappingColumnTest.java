package jp.juchu.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MappingColumnTest {

    private static final Map<String, String> METHODS = new LinkedHashMap<>(Map.of(
            "YAMATO_TAKKYUBIN", "ヤマト宅急便", "YAMATO_NEKOPOS", "ネコポス", "YAMATO_COOL_CHILLED", "クール宅急便(冷蔵)"));

    private static Map<String, List<String>> validate(NameMapping... rows) {
        return MappingColumn.validate(MappingKind.DELIVERY, "RAK001", Arrays.asList(rows), METHODS);
    }

    @Test
    void namesAreTrimmedBlankOnesDroppedAndRowsOfOneMethodMerged() {
        Map<String, List<String>> column = validate(
                new NameMapping("YAMATO_TAKKYUBIN", List.of(" 宅配便 ", "", "宅急便")),
                new NameMapping("YAMATO_NEKOPOS", List.of("  ")),
                new NameMapping("YAMATO_TAKKYUBIN", List.of("宅配便", "通常便")));
        assertThat(column).containsExactly(Map.entry("YAMATO_TAKKYUBIN", List.of("宅配便", "宅急便", "通常便")));
    }

    @Test
    void anUnknownMethodNamesTheRowField() {
        assertThatThrownBy(() -> validate(new NameMapping("YAMATO_TAKKYUBIN", List.of("宅配便")), new NameMapping("NOPE", List.of("x"))))
                .isInstanceOf(MappingRejected.class)
                .hasMessageContaining("「NOPE」は登録されていません")
                .satisfies(ex -> {
                    MappingRejected rejected = (MappingRejected) ex;
                    assertThat(rejected.field()).isEqualTo("mappings[1].deliveryMethod");
                    assertThat(rejected.code()).isEqualTo("unknown_method");
                    assertThat(rejected.methodCode()).isEqualTo("NOPE");
                });
    }

    @Test
    void oneNameForTwoMethodsIsRefusedEvenWhenWrittenInFullWidth() {
        assertThatThrownBy(() -> validate(new NameMapping("YAMATO_TAKKYUBIN", List.of("Mail便")),
                new NameMapping("YAMATO_NEKOPOS", List.of("Ｍａｉｌ便"))))
                .isInstanceOf(MappingRejected.class)
                .hasMessageContaining("「Ｍａｉｌ便」は配送方法「ヤマト宅急便」と「ネコポス」の両方に設定されています")
                .satisfies(ex -> {
                    MappingRejected rejected = (MappingRejected) ex;
                    assertThat(rejected.field()).isEqualTo("mappings[1].mallNames");
                    assertThat(rejected.code()).isEqualTo("duplicate_mall_name");
                    assertThat(rejected.shopCode()).isEqualTo("RAK001");
                    assertThat(rejected.methodCode()).isEqualTo("YAMATO_NEKOPOS");
                });
    }

    @Test
    void tooLongNamesControlCharactersMissingCodesAndMissingListAreRefused() {
        assertThatThrownBy(() -> validate(new NameMapping("YAMATO_TAKKYUBIN", List.of("あ".repeat(101)))))
                .hasMessageContaining("100文字以内");
        assertThatThrownBy(() -> validate(new NameMapping("YAMATO_TAKKYUBIN", List.of("宅配\t便"))))
                .hasMessageContaining("改行やタブは使えません");
        assertThatThrownBy(() -> validate(new NameMapping(" ", List.of("宅配便"))))
                .hasMessageContaining("配送方法コードを入力してください");
        assertThatThrownBy(() -> MappingColumn.validate(MappingKind.PAYMENT, "RAK001", null, METHODS))
                .isInstanceOf(MappingRejected.class).hasFieldOrPropertyWithValue("field", "mappings");
    }

    @Test
    void anEmptyListClearsTheColumn() {
        assertThat(validate()).isEmpty();
    }
}
