package jp.juchu.shop.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import jp.juchu.core.Mall;
import jp.juchu.shop.MailPurpose;
import jp.juchu.shop.MailTemplates;
import jp.juchu.shop.ShopManagement;
import jp.juchu.shop.ShopRef;
import jp.juchu.support.ApiClient;
import jp.juchu.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class MailTemplateApiIT {

    @LocalServerPort
    int port;

    @Autowired
    ShopManagement shopManagement;

    @Autowired
    MailTemplates mailTemplates;

    private ApiClient admin;
    private String unique;

    @BeforeEach
    void setUp() {
        admin = ApiClient.admin(port);
        unique = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void defaultTemplatesExistForEveryPurposeAndAreValid() {
        for (MailPurpose purpose : MailPurpose.values()) {
            JsonNode list = admin.get("/api/mail-templates?purpose=" + purpose.name()).json();
            JsonNode shared = null;
            for (JsonNode template : list) {
                assertThat(template.get("purpose").asText()).isEqualTo(purpose.name());
                if (template.get("shop").isNull() && template.get("name").asText().endsWith("(標準)")) {
                    shared = template;
                }
            }
            assertThat(shared).as("default template for " + purpose).isNotNull();
            ApiClient.Response preview = admin.post("/api/mail-templates/preview",
                    Map.of("subject", shared.get("subject").asText(), "body", shared.get("body").asText()));
            assertThat(preview.status()).as(preview.body()).isEqualTo(200);
            assertThat(preview.json().get("body").asText()).contains("山田 太郎 様").doesNotContain("{{");
        }
    }

    @Test
    void createGetAndUpdateAFreeTemplateKeepingLineBreaks() {
        ApiClient.Response created = admin.post("/api/mail-templates", template("FREE", null, "金額変更 " + unique,
                "【{{店舗名}}】ご請求金額変更のお知らせ", "{{注文者名}} 様\r\n\r\n合計金額: {{合計金額}}円\r\n"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();

        JsonNode stored = admin.get("/api/mail-templates/" + id).json();
        assertThat(stored.get("purpose").asText()).isEqualTo("FREE");
        assertThat(stored.get("purposeLabel").asText()).isEqualTo("フリー");
        assertThat(stored.get("shop").isNull()).isTrue();
        assertThat(stored.get("body").asText()).isEqualTo("{{注文者名}} 様\n\n合計金額: {{合計金額}}円\n");

        ApiClient.Response updated = admin.put("/api/mail-templates/" + id, template("FREE", "", "金額変更 " + unique,
                "件名 {{受注番号}}", "本文\n{{#商品明細}}\n{{商品名}}\n{{/商品明細}}"));
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(admin.get("/api/mail-templates/" + id).json().get("subject").asText()).isEqualTo("件名 {{受注番号}}");
        assertThat(admin.get("/api/mail-templates?purpose=FREE").json()).anySatisfy(t -> assertThat(t.get("id").asLong()).isEqualTo(id));

        assertThat(SettingsTestUsers.operationLog(port, "メールテンプレート").json()).extracting(e -> e.get("action").asText() + " " + e.get("target").asText())
                .contains("作成 #" + id + " 金額変更 " + unique, "更新 #" + id + " 金額変更 " + unique);
    }

    @Test
    void unknownPlaceholderInTheBodyIsRefusedAndNothingIsCreated() {
        ApiClient.Response response = admin.post("/api/mail-templates", template("FREE", null, "誤り " + unique,
                "件名", "受注番号: {{受注番号X}}"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("field").asText()).isEqualTo("body");
        assertThat(response.json().get("message").asText()).isEqualTo("{{受注番号X}} は使用できない差込項目です");
        assertThat(admin.get("/api/mail-templates?purpose=FREE").json()).noneSatisfy(t ->
                assertThat(t.get("name").asText()).isEqualTo("誤り " + unique));
    }

    @Test
    void unclosedBlockInTheSubjectIsRefused() {
        expectRefusedOnCreate(template("FREE", null, "件名 " + unique, "{{#商品明細}}{{商品名}}", "本文"),
                "subject", "{{#商品明細}} が {{/商品明細}} で閉じられていません");
    }

    @Test
    void missingFieldsUnknownPurposeAndUnknownShopAreRefused() {
        expectRefusedOnCreate(template("FREE", null, " ", "件名", "本文"), "name", "テンプレート名を入力してください");
        expectRefusedOnCreate(template("FREE", null, "x " + unique, "", "本文"), "subject", "件名を入力してください");
        expectRefusedOnCreate(template("FREE", null, "x " + unique, "件名", null), "body", "本文を入力してください");
        expectRefusedOnCreate(template("NEWSLETTER", null, "x " + unique, "件名", "本文"), "purpose", "用途「NEWSLETTER」は使用できません");
        expectRefusedOnCreate(template("FREE", "NOSHOP" + unique, "x " + unique, "件名", "本文"), "shop",
                "ショップ「NOSHOP" + unique + "」は登録されていません");
        expectRefusedOnCreate(template("FREE", null, "x " + unique, "件名\n二行目", "本文"), "subject", "件名に改行は入れられません");
    }

    @Test
    void badUpdateChangesNothing() {
        long id = admin.post("/api/mail-templates", template("FREE", null, "更新 " + unique, "件名", "本文 {{受注番号}}")).json().get("id").asLong();
        JsonNode before = admin.get("/api/mail-templates/" + id).json();

        ApiClient.Response response = admin.put("/api/mail-templates/" + id, template("FREE", null, "更新後 " + unique, "件名",
                "{{数量}}個"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("field").asText()).isEqualTo("body");
        assertThat(response.json().get("message").asText()).isEqualTo("{{数量}} は {{#商品明細}}〜{{/商品明細}} の中でのみ使用できます");
        assertThat(admin.get("/api/mail-templates/" + id).json()).isEqualTo(before);
    }

    @Test
    void unknownTemplateIs404() {
        ApiClient.Response response = admin.get("/api/mail-templates/987654321");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("error").asText()).isEqualTo("not_found");
        assertThat(admin.put("/api/mail-templates/987654321", template("FREE", null, "x", "件名", "本文")).status()).isEqualTo(404);
    }

    @Test
    void aSecondSharedTemplateForTheSamePurposeIsAConflict() {
        ApiClient.Response response = admin.post("/api/mail-templates", template("ORDER_THANKS", null, "二つ目 " + unique, "件名", "本文"));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().get("field").asText()).isEqualTo("purpose");
        assertThat(response.json().get("message").asText()).contains("全ショップ共通の「注文サンクス」テンプレートは既に登録されています");
    }

    @Test
    void aShopsOwnTemplateWinsOverTheSharedOne() {
        ShopRef shop = shopManagement.register(Mall.RAKUTEN, "テスト楽天店 " + unique, "楽" + unique.substring(0, 4));
        ShopRef otherShop = shopManagement.register(Mall.YAHOO, "テストYahoo店 " + unique, "Y" + unique.substring(0, 4));

        ApiClient.Response created = admin.post("/api/mail-templates", template("SHIPPED", shop.code(), "楽天店の出荷完了 " + unique,
                "【{{店舗名}}】発送しました", "{{配送業者}} {{荷物番号}}\n{{追跡URL}}"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();

        assertThat(mailTemplates.resolve(MailPurpose.SHIPPED, shop.code()).orElseThrow().id()).isEqualTo(id);
        assertThat(mailTemplates.resolve(MailPurpose.SHIPPED, otherShop.code()).orElseThrow().shopCode()).isNull();
        assertThat(admin.get("/api/mail-templates?shop=" + shop.code()).json()).extracting(t -> t.get("id").asLong()).containsExactly(id);

        ApiClient.Response duplicate = admin.post("/api/mail-templates", template("SHIPPED", shop.code(), "二つ目 " + unique, "件名", "本文"));
        assertThat(duplicate.status()).isEqualTo(409);
    }

    @Test
    void previewRendersAgainstTheSampleOrder() {
        ApiClient.Response response = admin.post("/api/mail-templates/preview", Map.of(
                "subject", "【{{店舗名}}】受注番号 {{受注番号}}",
                "body", "{{注文者名}} 様\n{{#商品明細}}\n{{商品名}} {{数量}}個 {{単価}}円\n{{/商品明細}}\n合計 {{合計金額}}円"));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("subject").asText()).isEqualTo("【サンプルショップ 楽天市場店】受注番号 123456-20260501-0000001");
        assertThat(response.json().get("body").asText()).isEqualTo(
                "山田 太郎 様\n有機ほうじ茶 100g 2個 864円\n抹茶ロールケーキ 1個 3,240円\n合計 5,198円");
    }

    @Test
    void previewOfABadTemplateNamesTheField() {
        ApiClient.Response response = admin.post("/api/mail-templates/preview", Map.of("subject", "件名", "body", "{{お届け日}}"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("field").asText()).isEqualTo("body");
        assertThat(response.json().get("message").asText()).isEqualTo("{{お届け日}} は使用できない差込項目です");
    }

    @Test
    void placeholderListIsPublishedForEditors() {
        JsonNode help = admin.get("/api/mail-templates/placeholders").json();
        assertThat(help.get("placeholders").has("受注番号")).isTrue();
        assertThat(help.get("block").asText()).isEqualTo("商品明細");
        assertThat(help.get("lineItems").has("数量")).isTrue();
    }

    @Test
    void operatorsMayReadButNotCreateOrUpdate() {
        long id = admin.post("/api/mail-templates", template("FREE", null, "権限 " + unique, "件名", "本文")).json().get("id").asLong();
        String operator = SettingsTestUsers.newOperator(port);
        ApiClient asOperator = ApiClient.as(port, operator, SettingsTestUsers.OPERATOR_PASSWORD);

        assertThat(asOperator.get("/api/mail-templates/" + id).status()).isEqualTo(200);
        assertThat(asOperator.post("/api/mail-templates", template("FREE", null, "運用者 " + unique, "件名", "本文")).status()).isEqualTo(403);
        assertThat(asOperator.put("/api/mail-templates/" + id, template("FREE", null, "運用者 " + unique, "件名", "本文")).status()).isEqualTo(403);
        assertThat(admin.get("/api/mail-templates/" + id).json().get("name").asText()).isEqualTo("権限 " + unique);
        assertThat(admin.get("/api/mail-templates?purpose=FREE").json()).noneSatisfy(t ->
                assertThat(t.get("name").asText()).isEqualTo("運用者 " + unique));
    }

    private void expectRefusedOnCreate(Map<String, Object> body, String field, String message) {
        ApiClient.Response response = admin.post("/api/mail-templates", body);
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().get("field").asText()).isEqualTo(field);
        assertThat(response.json().get("message").asText()).isEqualTo(message);
        assertThat(admin.get("/api/mail-templates").json()).noneSatisfy(t ->
                assertThat(t.get("name").asText()).isEqualTo(String.valueOf(body.get("name"))));
    }

    private static Map<String, Object> template(String purpose, String shop, String name, String subject, String body) {
        Map<String, Object> json = new HashMap<>();
        json.put("purpose", purpose);
        json.put("shop", shop);
        json.put("name", name);
        json.put("subject", subject);
        json.put("body", body);
        return json;
    }
}
