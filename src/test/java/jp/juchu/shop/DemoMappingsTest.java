package jp.juchu.shop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import jp.juchu.core.Mall;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DemoMappingsTest {

    @ParameterizedTest
    @EnumSource(value = Mall.class, names = {"RAKUTEN", "YAHOO", "AMAZON"})
    void everyPaymentNameInTheSampleOrdersIsMapped(Mall mall) {
        List<String> mapped = normalized(DemoMappings.payment(mall));
        assertThat(MallFixtureNames.payment(mall)).isNotEmpty()
                .allSatisfy(name -> assertThat(mapped).contains(MallNames.normalize(name)));
    }

    @ParameterizedTest
    @EnumSource(value = Mall.class, names = {"RAKUTEN", "YAHOO", "AMAZON"})
    void everyDeliveryNameInTheSampleOrdersIsMapped(Mall mall) {
        List<String> mapped = normalized(DemoMappings.delivery(mall));
        assertThat(MallFixtureNames.delivery(mall)).isNotEmpty()
                .allSatisfy(name -> assertThat(mapped).contains(MallNames.normalize(name)));
    }

    @ParameterizedTest
    @EnumSource(value = Mall.class, names = {"RAKUTEN", "YAHOO", "AMAZON"})
    void demoColumnsPassTheGridRules(Mall mall) {
        Map<String, String> anyMethod = Map.of("CREDIT_CARD", "c", "COD", "c", "BANK_TRANSFER", "c", "CONVENIENCE_PREPAID", "c",
                "RAKUTEN_PAY", "c", "POINTS_ONLY", "c", "PAYPAY", "c", "AMAZON_PAY", "c");
        List<NameMapping> rows = DemoMappings.payment(mall).entrySet().stream()
                .map(e -> new NameMapping(e.getValue(), List.of(e.getKey()))).toList();
        assertThat(MappingColumn.validate(MappingKind.PAYMENT, "DEMO", rows, anyMethod)).isNotEmpty();
    }

    private static List<String> normalized(Map<String, String> names) {
        return names.keySet().stream().map(MallNames::normalize).toList();
    }
}
