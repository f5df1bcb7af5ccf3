package jp.juchu.shop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.juchu.core.Mall;
import jp.juchu.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@IntegrationTest
@WithMockUser(roles = "ADMIN")
class MethodMappingsIT {

    @Autowired
    MethodMappings mappings;

    @Autowired
    PaymentSettings payment;

    @Autowired
    DeliverySettings delivery;

    @Autowired
    ShopManagement shopManagement;

    @Test
    void paymentNamesResolveAfterNormalisationButOtherwiseExactly() {
        ShopRef shop = MethodTestSupport.shop(shopManagement, Mall.YAHOO);
        payment.replaceMappings(shop.code(), new PaymentMappings(List.of(
                new NameMapping("PAYPAY", List.of("PayPay残高等払い")), new NameMapping("COD", List.of("商品代引"))), null));

        Resolution<PaymentMethodRef> resolved = mappings.resolvePayment(shop.code(), "\u3000ＰａｙＰａｙ残高等払い ");
        assertThat(resolved).isInstanceOf(Resolution.Resolved.class);
        PaymentMethodRef method = resolved.toOptional().orElseThrow();
        assertThat(method.code()).isEqualTo("PAYPAY");
        assertThat(method.category()).isEqualTo(PaymentCategory.MALL_SETTLED);
        assertThat(mappings.resolvePayment(shop.code(), "商品代引").toOptional().map(PaymentMethodRef::category)).hasValue(PaymentCategory.COD);

        Resolution<PaymentMethodRef> lowerCase = mappings.resolvePayment(shop.code(), "paypay残高等払い");
        assertThat(lowerCase.isResolved()).isFalse();
        Resolution.Unmapped<PaymentMethodRef> unmapped = (Resolution.Unmapped<PaymentMethodRef>) lowerCase;
        assertThat(unmapped.rawName()).isEqualTo("paypay残高等払い");
        assertThat(unmapped.reason()).contains("支払方法変換エラー").contains(shop.shortName());
    }

    @Test
    void blankNamesAndUnknownShopsAreUnmappedNotExceptions() {
        ShopRef shop = MethodTestSupport.shop(shopManagement, Mall.RAKUTEN);
        assertThat(((Resolution.Unmapped<?>) mappings.resolvePayment(shop.code(), " ")).reason()).contains("空です");
        assertThat(((Resolution.Unmapped<?>) mappings.resolvePayment(shop.code(), null)).reason()).contains("空です");
        assertThat(((Resolution.Unmapped<?>) mappings.resolveDelivery("NOPE" + MethodTestSupport.unique(), "宅配便")).reason())
                .contains("登録されていません");
    }

    @Test
    void deliveryResolvesWithCarrierAndAStoppedMethodIsReportedAsUnmapped() {
        ShopRef shop = MethodTestSupport.shop(shopManagement, Mall.RAKUTEN);
        String code = "T_" + MethodTestSupport.unique();
        delivery.createMethod(new DeliveryMethodInput(code, "テスト便", "SAGAWA", "HIKYAKU", true));
        delivery.replaceMappings(shop.code(), List.of(new NameMapping("YAMATO_TAKKYUBIN", List.of("宅配便")),
                new NameMapping(code, List.of("テスト便"))));

        DeliveryMethodRef takkyubin = mappings.resolveDelivery(shop.code(), "宅配便").toOptional().orElseThrow();
        assertThat(takkyubin.carrier().code()).isEqualTo("YAMATO");
        assertThat(takkyubin.carrier().trackingUrl("444413758703")).hasValueSatisfying(url -> assertThat(url).endsWith("444413758703"));
        assertThat(mappings.resolveDelivery(shop.code(), "テスト便").isResolved()).isTrue();

        delivery.updateMethod(code, new DeliveryMethodInput(null, "テスト便", "SAGAWA", "HIKYAKU", false));
        Resolution<DeliveryMethodRef> stopped = mappings.resolveDelivery(shop.code(), "テスト便");
        assertThat(stopped.isResolved()).isFalse();
        assertThat(((Resolution.Unmapped<?>) stopped).reason()).contains("使用停止中");
    }

    @Test
    void rakutenPaySettlementIsOnlyKnownForRakutenShops() {
        ShopRef rakuten = MethodTestSupport.shop(shopManagement, Mall.RAKUTEN);
        ShopRef amazon = MethodTestSupport.shop(shopManagement, Mall.AMAZON);
        assertThat(mappings.rakutenPaySettlement(rakuten.code())).hasValue(RakutenPaySettlement.COMMON);
        payment.replaceMappings(rakuten.code(), new PaymentMappings(List.of(), RakutenPaySettlement.SELECTABLE));
        assertThat(mappings.rakutenPaySettlement(rakuten.code())).hasValue(RakutenPaySettlement.SELECTABLE);
        assertThat(mappings.rakutenPaySettlement(amazon.code())).isEmpty();
        assertThat(mappings.paymentMethods()).extracting(PaymentMethodRef::code).contains("CREDIT_CARD", "OTHER");
        assertThat(mappings.deliveryMethods()).extracting(DeliveryMethodRef::code).contains("YAMATO_TAKKYUBIN");
        assertThat(mappings.paymentMethod("COD")).hasValueSatisfying(m -> assertThat(m.builtIn()).isTrue());
        assertThat(mappings.deliveryMethod("YAMATO_NEKOPOS")).hasValueSatisfying(m -> assertThat(m.serviceType()).isEqualTo(ServiceType.NEKOPOS));
    }
}
