package jp.juchu.shipping.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.juchu.shipping.ExportOptions;
import jp.juchu.shipping.ExportTemplates;
import jp.juchu.shipping.LabelFileWriter;
import jp.juchu.support.ApiClient;
import jp.juchu.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class ExportTemplateApiIT {

    private static final String OPERATOR_PASSWORD = "operator-password-tpl";

    @LocalServerPort
    int port;

    @Autowired
    ExportTemplates templates;

    private ApiClient admin;
    private String unique;

    @BeforeEach
    void setUp() {
        admin = ApiClient.admin(port);
        unique = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void createGetUpdateListAndDelete() {
        ApiClient.Response created = admin.post("/api/export-templates", Map.of(
                "name", "WMS " + unique, "description", "外部倉庫向け", "encoding", "UTF_8", "quoting", "MINIMAL",
                "lineEnding", "LF", "header", true, "rowPer", "ONE_PER_LINE",
                "columns", List.of(column("受注番号", "MALL_ORDER_NUMBER", null, null), fixed("荷主コード", "TEST01"),
                        column("商品名", "ITEM_NAME", null, 20))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode json = created.json();
        long id = json.get("id").asLong();
        assertThat(json.get("name").asText()).isEqualTo("WMS " + unique);
        assertThat(json.get("encoding").asText()).isEqualTo("UTF_8");
        assertThat(json.get("quoting").asText()).isEqualTo("MINIMAL");
        assertThat(json.get("lineEnding").asText()).isEqualTo("LF");
        assertThat(json.get("header").asBoolean()).isTrue();
        assertThat(json.get("rowPer").asText()).isEqualTo("ONE_PER_LINE");
        assertThat(json.get("columns")).hasSize(3);
        assertThat(json.get("columns").get(0).get("field").asText()).isEqualTo("MALL_ORDER_NUMBER");
        assertThat(json.get("columns").get(0).has("fixedValue")).isFalse();
        assertThat(json.get("columns").get(1).get("fixedValue").asText()).isEqualTo("TEST01");
        assertThat(json.get("columns").get(1).has("field")).isFalse();
        assertThat(json.get("columns").get(2).get("maxLength").asInt()).isEqualTo(20);

        assertThat(admin.get("/api/export-templates/" + id).json()).isEqualTo(json);

        Map<String, Object> changed = new HashMap<>(Map.of("name", "WMS " + unique, "columns",
                List.of(fixed("区分", ""), column("お届け先", "RECIPIENT_NAME", null, null))));
        ApiClient.Response updated = admin.put("/api/export-templates/" + id, changed);
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        JsonNode stored = admin.get("/api/export-templates/" + id).json();
        assertThat(stored.get("encoding").asText()).isEqualTo("WINDOWS_31J");
        assertThat(stored.get("rowPer").asText()).isEqualTo("ONE_PER_SHIPMENT");
        assertThat(stored.get("columns")).extracting(c -> c.get("header").asText()).containsExactly("区分", "お届け先");
        assertThat(admin.get("/api/export-templates").json()).anySatisfy(t -> assertThat(t.get("id").asLong()).isEqualTo(id));
        assertThat(templates.displayName(id)).isEqualTo("WMS " + unique);

        assertThat(admin.delete("/api/export-templates/" + id).status()).isEqualTo(204);
        assertThat(admin.get("/api/export-templates/" + id).status()).isEqualTo(404);
        assertThat(templates.displayName(id)).contains("削除");
    }

    @Test
    void theServiceHandsOutAWriterForTheSavedTemplate() throws Exception {
        long id = admin.post("/api/export-templates", Map.of("name", "writer " + unique, "encoding", "UTF_8", "lineEnding", "LF",
                "columns", List.of(fixed("固定", "A"), fixed("式", "=1+1")))).json().get("id").asLong();

        LabelFileWriter writer = templates.writer(id);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(List.of(), ExportOptions.DEFAULT, out);

        assertThat(writer.extension()).isEqualTo("csv");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("\"固定\",\"式\"\n");
    }

    @Test
    void invalidTemplatesAre400WithTheFieldAndAJapaneseMessage() {
        ApiClient.Response unknownField = admin.post("/api/export-templates", Map.of("name", "bad " + unique,
                "columns", List.of(fixed("a", ""), column("靴のサイズ", "SHOE_SIZE", null, null))));
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(unknownField.json().get("field").asText()).isEqualTo("columns[1].field");
        assertThat(unknownField.json().get("message").asText()).contains("出力項目 2列目").contains("SHOE_SIZE");

        ApiClient.Response longName = admin.post("/api/export-templates", Map.of("name", "長".repeat(51), "columns", List.of(fixed("a", ""))));
        assertThat(longName.status()).isEqualTo(400);
        assertThat(longName.json().get("field").asText()).isEqualTo("name");
        assertThat(longName.json().get("message").asText()).contains("50文字以内");

        ApiClient.Response noColumns = admin.post("/api/export-templates", Map.of("name", "empty " + unique, "columns", List.of()));
        assertThat(noColumns.status()).isEqualTo(400);
        assertThat(noColumns.json().get("field").asText()).isEqualTo("columns");

        ApiClient.Response badNumber = admin.post("/api/export-templates",
                "{\"name\":\"num " + unique + "\",\"columns\":[{\"header\":\"a\",\"fixedValue\":\"\",\"maxLength\":\"abc\"}]}");
        assertThat(badNumber.status()).isEqualTo(400);
        assertThat(badNumber.json().get("field").asText()).isEqualTo("columns[0].maxLength");

        assertThat(admin.get("/api/export-templates").json()).noneSatisfy(t -> assertThat(t.get("name").asText()).endsWith(unique));
    }

    @Test
    void aSecondTemplateWithTheSameNameIsAConflict() {
        assertThat(admin.post("/api/export-templates", Map.of("name", "dup " + unique, "columns", List.of(fixed("a", "")))).status())
                .isEqualTo(201);
        ApiClient.Response duplicate = admin.post("/api/export-templates", Map.of("name", "DUP " + unique, "columns", List.of(fixed("a", ""))));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().get("field").asText()).isEqualTo("name");
        assertThat(duplicate.json().get("message").asText()).contains("既に使われています");
    }

    @Test
    void operatorsReadButCannotChangeTemplates() {
        long id = admin.post("/api/export-templates", Map.of("name", "op " + unique, "columns", List.of(fixed("a", ""))))
                .json().get("id").asLong();
        ApiClient operator = operator();

        assertThat(operator.get("/api/export-templates").status()).isEqualTo(200);
        assertThat(operator.get("/api/export-templates/" + id).status()).isEqualTo(200);
        ApiClient.Response post = operator.post("/api/export-templates", Map.of("name", "op2 " + unique, "columns", List.of(fixed("a", ""))));
        assertThat(post.status()).isEqualTo(403);
        assertThat(post.json().get("error").asText()).isEqualTo("forbidden");
        assertThat(operator.put("/api/export-templates/" + id, Map.of("name", "op3 " + unique, "columns", List.of(fixed("a", "")))).status())
                .isEqualTo(403);
        assertThat(operator.delete("/api/export-templates/" + id).status()).isEqualTo(403);
        assertThat(admin.get("/api/export-templates/" + id).json().get("name").asText()).isEqualTo("op " + unique);
    }

    @Test
    void theFieldCatalogListsKeysWithJapaneseLabelsAndGroups() {
        JsonNode fields = ApiClient.admin(port).get("/api/export-templates/fields").json();
        List<String> rows = new ArrayList<>();
        fields.forEach(f -> rows.add(f.get("key").asText() + "|" + f.get("label").asText() + "|" + f.get("group").asText()));
        assertThat(rows).contains("MALL_ORDER_NUMBER|注文番号|受注", "RECIPIENT_NAME|お届け先 氏名|送付先", "QUANTITY|数量|明細",
                "SHOP_NAME|ショップ名|店舗", "ITEM_SUMMARY|品名 (先頭の商品名+他N点)|送付先");
        assertThat(operator().get("/api/export-templates/fields").status()).isEqualTo(200);
    }

    private ApiClient operator() {
        String name = "op-" + UUID.randomUUID().toString().substring(0, 8);
        ApiClient.Response created = admin.post("/api/users", Map.of("username", name, "displayName", "出荷 担当",
                "password", OPERATOR_PASSWORD, "role", "OPERATOR"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return ApiClient.as(port, name, OPERATOR_PASSWORD);
    }

    private static Map<String, Object> column(String header, String field, String fixedValue, Integer maxLength) {
        Map<String, Object> column = new HashMap<>();
        column.put("header", header);
        column.put("field", field);
        if (fixedValue != null) {
            column.put("fixedValue", fixedValue);
        }
        column.put("maxLength", maxLength);
        return column;
    }

    private static Map<String, Object> fixed(String header, String value) {
        return Map.of("header", header, "fixedValue", value);
    }
}
