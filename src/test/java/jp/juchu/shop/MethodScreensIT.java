package jp.juchu.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import jp.juchu.core.Mall;
import jp.juchu.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class MethodScreensIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    ShopManagement shopManagement;

    @Autowired
    PaymentSettings payment;

    @Autowired
    DeliverySettings delivery;

    private static MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
        return request.with(user("admin").roles("ADMIN")).with(csrf());
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(asAdmin(request)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void paymentScreenShowsCatalogueGridAndRakutenSettlement() throws Exception {
        ShopRef rakuten = MethodTestSupport.shop(shopManagement, Mall.RAKUTEN);
        payment.replaceMappings(rakuten.code(), new PaymentMappings(List.of(new NameMapping("COD", List.of("代金引換"))), null));
        String html = page(get("/settings/payment-methods"));
        assertThat(html).contains("支払方法").contains("id=\"payment-grid\"")
                .contains("id=\"cell-COD-" + rakuten.code() + "\"")
                .contains("id=\"settlement-" + rakuten.code() + "\"")
                .contains("楽天共通の決済手段").contains("NP後払い");
    }

    @Test
    void aMallNameForTwoPaymentMethodsIsShownAsFieldErrorAndNothingIsSaved() throws Exception {
        ShopRef shop = MethodTestSupport.shop(shopManagement, Mall.YAHOO);
        payment.replaceMappings(shop.code(), new PaymentMappings(List.of(new NameMapping("CREDIT_CARD", List.of("クレジットカード決済"))), null));

        String html = page(post("/settings/payment-methods/mappings")
                .param("cell-CREDIT_CARD-" + shop.code(), "クレジットカード決済\n商品代引")
                .param("cell-COD-" + shop.code(), "商品代引"));

        assertThat(html).contains("class=\"field-error\"").contains("「商品代引」は支払方法「クレジットカード」と「代金引換」の両方に設定されています")
                .contains("保存できませんでした")
                .contains(">クレジットカード決済\n商品代引</textarea>");
        assertThat(payment.mappings(shop.code()).mappings())
                .containsExactly(new NameMapping("CREDIT_CARD", List.of("クレジットカード決済")));
    }

    @Test
    void theGridSavesEveryShopColumnAndTheSettlement() throws Exception {
        ShopRef rakuten = MethodTestSupport.shop(shopManagement, Mall.RAKUTEN);
        ShopRef yahoo = MethodTestSupport.shop(shopManagement, Mall.YAHOO);
        mvc.perform(asAdmin(post("/settings/payment-methods/mappings"))
                        .param("cell-CREDIT_CARD-" + rakuten.code(), "クレジットカード")
                        .param("cell-CONVENIENCE_PREPAID-" + rakuten.code(), "セブンイレブン（前払）\nローソン、郵便局ATM等（前払）")
                        .param("settlement-" + rakuten.code(), "SELECTABLE")
                        .param("cell-CREDIT_CARD-" + yahoo.code(), "クレジットカード決済, PayPayクレジット"))
                .andExpect(redirectedUrl("/settings/payment-methods"));
        assertThat(payment.mappings(rakuten.code())).isEqualTo(new PaymentMappings(List.of(
                new NameMapping("CREDIT_CARD", List.of("クレジットカード")),
                new NameMapping("CONVENIENCE_PREPAID", List.of("セブンイレブン（前払）", "ローソン、郵便局ATM等（前払）"))),
                RakutenPaySettlement.SELECTABLE));
        assertThat(payment.mappings(yahoo.code()).mappings())
                .containsExactly(new NameMapping("CREDIT_CARD", List.of("クレジットカード決済", "PayPayクレジット")));
    }

    @Test
    void aBadNewPaymentMethodIsShownWithItsFieldErrorAndTheTypedValues() throws Exception {
        String name = "店頭払い" + MethodTestSupport.unique();
        String html = page(post("/settings/payment-methods").param("code", "shop pay").param("name", name).param("category", "NONE"));
        assertThat(html).contains("<p class=\"field-error\">支払方法コードは英大文字で始まる")
                .contains("value=\"shop pay\"").contains("value=\"" + name + "\"");
        assertThat(payment.methods()).noneMatch(m -> m.name().equals(name));
    }

    @Test
    void deliveryScreenShowsCarriersMethodsGridAndRejectsABadTrackingUrl() throws Exception {
        ShopRef shop = MethodTestSupport.shop(shopManagement, Mall.RAKUTEN);
        String html = page(get("/settings/delivery-methods"));
        assertThat(html).contains("id=\"carrier-YAMATO-trackingUrlTemplate\"").contains("B2クラウド")
                .contains("id=\"method-YAMATO_TAKKYUBIN-name\"").contains("id=\"cell-YAMATO_TAKKYUBIN-" + shop.code() + "\"");

        String before = delivery.carriers().stream().filter(c -> c.code().equals("SEINO")).findFirst().orElseThrow().trackingUrlTemplate();
        String rejected = page(post("/settings/delivery-methods/carriers/SEINO")
                .param("name", "西濃運輸").param("trackingUrlTemplate", "https://example.jp/seino").param("labelSoftware", "NONE"));
        assertThat(rejected).contains("<p class=\"field-error\">追跡URLには荷物番号の差し込み位置")
                .contains("value=\"https://example.jp/seino\"");
        assertThat(delivery.carriers().stream().filter(c -> c.code().equals("SEINO")).findFirst().orElseThrow().trackingUrlTemplate())
                .isEqualTo(before);
    }

    @Test
    void deliveryGridSavesAndANewMethodIsAdded() throws Exception {
        ShopRef shop = MethodTestSupport.shop(shopManagement, Mall.YAHOO);
        mvc.perform(asAdmin(post("/settings/delivery-methods/mappings"))
                        .param("cell-YAMATO_TAKKYUBIN-" + shop.code(), "宅配便")
                        .param("cell-YAMATO_COOL_CHILLED-" + shop.code(), "クール便"))
                .andExpect(redirectedUrl("/settings/delivery-methods"));
        assertThat(delivery.mappings(shop.code())).containsExactly(new NameMapping("YAMATO_TAKKYUBIN", List.of("宅配便")),
                new NameMapping("YAMATO_COOL_CHILLED", List.of("クール便")));

        String code = "T_" + MethodTestSupport.unique();
        mvc.perform(asAdmin(post("/settings/delivery-methods")).param("code", code).param("name", "ゆうパケットプラス")
                        .param("carrier", "JAPANPOST").param("serviceType", "YUPACKET").param("active", "true"))
                .andExpect(redirectedUrl("/settings/delivery-methods"));
        assertThat(delivery.method(code).active()).isTrue();
    }

    @Test
    void operatorsCannotOpenTheSettingsScreens() throws Exception {
        mvc.perform(get("/settings/payment-methods").with(SecurityMockMvcRequestPostProcessors.user("op").roles("OPERATOR")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/settings/delivery-methods").with(SecurityMockMvcRequestPostProcessors.user("op").roles("OPERATOR")))
                .andExpect(status().isForbidden());
    }
}
