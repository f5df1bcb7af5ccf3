package jp.juchu.shipping.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import jp.juchu.shipping.ExportTemplateView;
import jp.juchu.shipping.ExportTemplates;
import jp.juchu.shipping.LineEnding;
import jp.juchu.shipping.RowGranularity;
import jp.juchu.shipping.TemplateColumn;
import jp.juchu.shipping.TemplateEncoding;
import jp.juchu.shipping.TemplateField;
import jp.juchu.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@IntegrationTest
class ExportTemplateScreenIT {

    private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");
    private static final RequestPostProcessor OPERATOR = user("operator").roles("OPERATOR");

    @Autowired
    MockMvc mvc;

    @Autowired
    ExportTemplates templates;

    private final String unique = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void anAdminCreatesATemplateWithTheFormAndFindsItInTheList() throws Exception {
        String location = mvc.perform(filled(post("/settings/export-templates"), "WMS画面 " + unique)
                        .param("action", "save").with(ADMIN).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();

        assertThat(location).startsWith("/settings/export-templates/");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        ExportTemplateView saved = templates.get(id);
        assertThat(saved.encoding()).isEqualTo(TemplateEncoding.UTF_8);
        assertThat(saved.lineEnding()).isEqualTo(LineEnding.LF);
        assertThat(saved.rowPer()).isEqualTo(RowGranularity.ONE_PER_LINE);
        assertThat(saved.header()).isFalse();
        assertThat(saved.columns()).containsExactly(TemplateColumn.field("受注番号", TemplateField.MALL_ORDER_NUMBER),
                TemplateColumn.fixed("荷主", "TEST01"), TemplateColumn.field("商品名", TemplateField.ITEM_NAME).limitedTo(30));

        String edit = page(get(location));
        assertThat(edit).contains("value=\"WMS画面 " + unique + "\"").contains("id=\"col-2-maxLength\"")
                .contains("<option value=\"ITEM_NAME\" selected=\"selected\">商品名</option>")
                .contains("受注番号,荷主,商品名");
        assertThat(page(get("/settings/export-templates"))).contains("WMS画面 " + unique).contains("商品明細ごとに1行");
        assertThat(page(get("/settings"))).contains("href=\"/settings/export-templates\"");
    }

    @Test
    void aBadColumnIsShownAtItsFieldWithWhatWasTyped() throws Exception {
        String html = page(post("/settings/export-templates").param("name", "壊れた " + unique).param("encoding", "WINDOWS_31J")
                .param("quoting", "ALL").param("lineEnding", "CRLF").param("rowPer", "ONE_PER_SHIPMENT").param("header", "true")
                .param("colHeader", "注文番号", "")
                .param("colSource", "MALL_ORDER_NUMBER", "FIXED")
                .param("colFixedValue", "", "X")
                .param("colMaxLength", "", "")
                .param("action", "save"));

        assertThat(html).contains("<p class=\"field-error\">出力項目 2列目: 見出しを入力してください</p>")
                .contains("id=\"col-1-fixedValue\"").contains("value=\"X\"").contains("value=\"壊れた " + unique + "\"");
        assertThat(templates.list()).noneMatch(t -> t.name().equals("壊れた " + unique));
    }

    @Test
    void previewShowsASampleFileWithoutSaving() throws Exception {
        String html = page(filled(post("/settings/export-templates"), "プレビュー " + unique).param("action", "preview"));

        assertThat(html).contains("id=\"sample-output\"").contains("123456-20260501-0000001,TEST01,煎茶 100g")
                .contains("123456-20260501-0000001,TEST01,湯呑み");
        assertThat(templates.list()).noneMatch(t -> t.name().equals("プレビュー " + unique));
    }

    @Test
    void operatorsCannotOpenOrChangeTemplateSettings() throws Exception {
        mvc.perform(get("/settings/export-templates").with(OPERATOR)).andExpect(status().isForbidden());
        mvc.perform(get("/settings/export-templates/new").with(OPERATOR)).andExpect(status().isForbidden());
        mvc.perform(filled(post("/settings/export-templates"), "operator " + unique).with(OPERATOR).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(templates.list()).noneMatch(t -> t.name().equals("operator " + unique));
    }

    private static MockHttpServletRequestBuilder filled(MockHttpServletRequestBuilder request, String name) {
        return request.param("name", name).param("description", "").param("encoding", "UTF_8").param("quoting", "MINIMAL")
                .param("lineEnding", "LF").param("rowPer", "ONE_PER_LINE")
                .param("colHeader", "受注番号", "荷主", "商品名", "")
                .param("colSource", "MALL_ORDER_NUMBER", "FIXED", "ITEM_NAME", "")
                .param("colFixedValue", "", "TEST01", "", "")
                .param("colMaxLength", "", "", "30", "");
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(ADMIN).with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
