package jp.juchu.shop.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import jp.juchu.shop.CredentialUpdate;
import jp.juchu.shop.ShopDirectory;
import jp.juchu.shop.ShopInput;
import jp.juchu.shop.ShopManagement;
import jp.juchu.shop.StoreProfiles;
import jp.juchu.core.Mall;
import jp.juchu.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@IntegrationTest
class ShopScreenIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    ShopManagement management;

    @Autowired
    ShopDirectory directory;

    @Autowired
    StoreProfiles profiles;

    private static RequestPostProcessor admin() {
        return user("admin").roles("ADMIN");
    }

    @Test
    void aBadUrlIsShownAtTheFieldWithTheTypedValuesAndNothingIsCreated() throws Exception {
        String code = ShopApiIT.uniqueCode();
        String name = ShopApiIT.unique("画面の店");
        mvc.perform(post("/settings/shops").with(admin()).with(csrf())
                        .param("mall", "YAHOO").param("code", code).param("name", name).param("shortName", "画面")
                        .param("url", "store.shopping.yahoo.co.jp").param("credentials[YAHOO_CLIENT_SECRET]", "typed-secret-value"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<p class=\"field-error\">ショップURLは http:// または https:// で始まるURL")))
                .andExpect(content().string(containsString("value=\"" + name + "\"")))
                .andExpect(content().string(containsString("value=\"store.shopping.yahoo.co.jp\"")))
                .andExpect(content().string(not(containsString("typed-secret-value"))));

        assertThat(directory.find(code)).isEmpty();
    }

    @Test
    void createsAShopFromTheScreenAndListsIt() throws Exception {
        String code = ShopApiIT.uniqueCode();
        mvc.perform(post("/settings/shops").with(admin()).with(csrf())
                        .param("mall", "RAKUTEN").param("code", code).param("name", ShopApiIT.unique("楽天"))
                        .param("shortName", "楽天").param("cancelledOrders", "SKIP").param("orderIntakeEnabled", "false")
                        .param("credentials[RAKUTEN_LICENSE_KEY]", "SP-screen-license-4444")
                        .param("licenseKeyExpiresOn", LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(3).toString()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/settings/shops"))
                .andExpect(flash().attribute("message", containsString(code)));

        assertThat(directory.credentials(code).get("licenseKey")).hasValue("SP-screen-license-4444");
        mvc.perform(get("/settings/shops").with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"shop-" + code + "\"")))
                .andExpect(content().string(containsString("14日以内に期限切れ")))
                .andExpect(content().string(not(containsString("SP-screen-license-4444"))));
        mvc.perform(get("/settings/shops/" + code).with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("••••4444")))
                .andExpect(content().string(not(containsString("SP-screen-license-4444"))));
    }

    @Test
    void editingWithoutRetypingKeepsCredentialsAndConsentIsRequired() throws Exception {
        String code = ShopApiIT.uniqueCode();
        management.create(new ShopInput(code, Mall.QOO10, ShopApiIT.unique("Qoo10"), "Q", "", "", "", false, false, null,
                Map.of("apiKey", CredentialUpdate.submitted("qoo10-screen-key-1234")), null, false));

        mvc.perform(post("/settings/shops/" + code).with(admin()).with(csrf())
                        .param("name", "Qoo10 新名称").param("shortName", "Q").param("orderIntakeEnabled", "true")
                        .param("cancelledOrders", "REGISTER_AS_CANCELLED").param("credentials[QOO10_API_KEY]", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<p class=\"field-error\">API 連携で受注取込を「使用する」にするには")))
                .andExpect(content().string(containsString("value=\"Qoo10 新名称\"")));
        assertThat(directory.details(code).orderIntakeEnabled()).isFalse();
        assertThat(directory.details(code).name()).isNotEqualTo("Qoo10 新名称");

        mvc.perform(post("/settings/shops/" + code).with(admin()).with(csrf())
                        .param("name", "Qoo10 新名称").param("shortName", "Q").param("orderIntakeEnabled", "true")
                        .param("intakeConsent", "true").param("cancelledOrders", "REGISTER_AS_CANCELLED")
                        .param("credentials[QOO10_API_KEY]", ""))
                .andExpect(status().is3xxRedirection());
        assertThat(directory.details(code).orderIntakeEnabled()).isTrue();
        assertThat(directory.credentials(code).get("apiKey")).hasValue("qoo10-screen-key-1234");
    }

    @Test
    void deletesAfterConfirmation() throws Exception {
        String code = ShopApiIT.uniqueCode();
        management.create(new ShopInput(code, Mall.EBAY, ShopApiIT.unique("eBay"), "E", "", "", "", false, false, null,
                Map.of(), null, false));

        mvc.perform(get("/settings/shops/" + code + "/delete").with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("削除します")));
        mvc.perform(post("/settings/shops/" + code + "/delete").with(admin()).with(csrf()))
                .andExpect(redirectedUrl("/settings/shops"));
        assertThat(directory.find(code)).isEmpty();
    }

    @Test
    void credentialsTypedForAnotherMallAreRefused() throws Exception {
        String code = ShopApiIT.uniqueCode();
        mvc.perform(post("/settings/shops").with(admin()).with(csrf())
                        .param("mall", "AMAZON").param("code", code).param("name", ShopApiIT.unique("A")).param("shortName", "A")
                        .param("credentials[QOO10_API_KEY]", "qoo10-key-typed-by-mistake"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Qoo10用の項目です")))
                .andExpect(content().string(not(containsString("qoo10-key-typed-by-mistake"))));
        assertThat(directory.find(code)).isEmpty();
    }

    @Test
    void anUnknownShopLeadsBackToTheListWithAMessage() throws Exception {
        mvc.perform(get("/settings/shops/NOSUCH" + ShopApiIT.uniqueCode()).with(admin()))
                .andExpect(redirectedUrl("/settings/shops"))
                .andExpect(flash().attribute("error", containsString("登録されていません")));
    }

    @Test
    void operatorsCannotOpenTheShopSettings() throws Exception {
        mvc.perform(get("/settings/shops").with(SecurityMockMvcRequestPostProcessors.user("op").roles("OPERATOR")))
                .andExpect(status().isForbidden());
    }

    @Test
    void storeProfileScreenShowsFieldErrorsAndKeepsValues() throws Exception {
        String before = profiles.current().companyName();
        mvc.perform(post("/settings/store-profile").with(admin()).with(csrf())
                        .param("companyName", "画面の会社").param("postalCode", "12-345").param("address1", "東京都")
                        .param("phone", "03-1234-5678"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<p class=\"field-error\">郵便番号は7桁の数字で入力してください")))
                .andExpect(content().string(containsString("value=\"画面の会社\"")));
        assertThat(profiles.current().companyName()).isEqualTo(before);

        mvc.perform(get("/settings/store-profile").with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"englishAddress\"")));
    }
}
