package jp.juchu.shop.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import jp.juchu.shop.AutomationSettings;
import jp.juchu.shop.AutomationSettingsManagement;
import jp.juchu.shop.HolidayCalendarView;
import jp.juchu.shop.HolidaySettings;
import jp.juchu.shop.MailTemplates;
import jp.juchu.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@IntegrationTest
class SettingsScreensIT {

    private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

    @Autowired
    MockMvc mvc;

    @Autowired
    AutomationSettingsManagement automation;

    @Autowired
    HolidaySettings holidays;

    @Autowired
    MailTemplates mailTemplates;

    @Test
    void automationScreenShowsTheFieldErrorKeepsTheInputAndChangesNothing() throws Exception {
        AutomationSettings before = automation.current();

        mvc.perform(post("/settings/automation").with(ADMIN).with(csrf())
                        .param("progressMode", "MANUAL")
                        .param("autoSend", "ORDER_THANKS")
                        .param("paymentReminderAfterBusinessDays", "99")
                        .param("unpaidEscalationAfterDays", "14")
                        .param("unpaidEscalationAction", "HOLD"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "<p class=\"field-error\">入金催促までの営業日数は1〜30で入力してください (0 または空欄で催促しません)</p>")))
                .andExpect(content().string(containsString("value=\"99\"")));

        assertThat(automation.current()).isEqualTo(before);
    }

    @Test
    void automationScreenShowsTheCurrentSettings() throws Exception {
        mvc.perform(get("/settings/automation").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"progressMode-AUTO\"")))
                .andExpect(content().string(containsString("id=\"autoSend-SHIPPED\"")))
                .andExpect(content().string(not(containsString("autoSend-FREE"))));
    }

    @Test
    void holidayScreenShowsTheCalendarAndABadDateNextToItsField() throws Exception {
        mvc.perform(get("/settings/holidays").param("year", "2026").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("昭和の日")))
                .andExpect(content().string(containsString("data-date=\"2026-05-06\"")));

        HolidayCalendarView before = holidays.view(List.of(2026));
        mvc.perform(post("/settings/holidays").with(ADMIN).with(csrf())
                        .param("weeklyClosingDays", "SUNDAY")
                        .param("closedDates", "2026-12-30 年末休業\n2026-12-32 誤り")
                        .param("openDates", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "<p class=\"field-error\">臨時休業日 2件目: 日付「2026-12-32」が正しくありません (例: 2026-12-30)</p>")))
                .andExpect(content().string(containsString("2026-12-32 誤り")));
        assertThat(holidays.view(List.of(2026))).isEqualTo(before);
    }

    @Test
    void mailTemplateScreenPreviewsAndRefusesAnUnknownPlaceholder() throws Exception {
        String name = "画面テスト " + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/settings/mail-templates").with(ADMIN).with(csrf())
                        .param("purpose", "FREE").param("shop", "").param("name", name)
                        .param("subject", "{{受注番号}} のご連絡").param("body", "{{注文者名}} 様\n{{#商品明細}}\n・{{商品名}}\n{{/商品明細}}")
                        .param("action", "preview"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"preview-body\">山田 太郎 様\n・有機ほうじ茶 100g\n・抹茶ロールケーキ\n</pre>")))
                .andExpect(content().string(containsString("123456-20260501-0000001 のご連絡")));

        mvc.perform(post("/settings/mail-templates").with(ADMIN).with(csrf())
                        .param("purpose", "FREE").param("shop", "").param("name", name)
                        .param("subject", "件名").param("body", "{{受注番号X}}")
                        .param("action", "save"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<p class=\"field-error\">{{受注番号X}} は使用できない差込項目です</p>")));
        assertThat(mailTemplates.list(null, "FREE")).noneMatch(t -> t.name().equals(name));

        mvc.perform(post("/settings/mail-templates").with(ADMIN).with(csrf())
                        .param("purpose", "FREE").param("shop", "").param("name", name)
                        .param("subject", "件名").param("body", "{{受注番号}}")
                        .param("action", "save"))
                .andExpect(status().is3xxRedirection());
        assertThat(mailTemplates.list(null, "FREE")).anyMatch(t -> t.name().equals(name));
    }

    @Test
    void listAndEditPagesRender() throws Exception {
        long id = mailTemplates.list(null, "ORDER_THANKS").get(0).id();
        mvc.perform(get("/settings/mail-templates").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("注文サンクスメール (標準)")));
        mvc.perform(get("/settings/mail-templates/" + id).with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("{{受注番号}}")))
                .andExpect(content().string(containsString("id=\"placeholder-help\"")));
        mvc.perform(get("/settings/mail-templates/987654321").with(ADMIN)).andExpect(status().isNotFound());
    }

    @Test
    void savingTheHolidayFormRedirects() throws Exception {
        HolidayCalendarView before = holidays.view(List.of());
        try {
            mvc.perform(post("/settings/holidays").with(ADMIN).with(csrf())
                            .param("weeklyClosingDays", "SATURDAY", "SUNDAY")
                            .param("closedDates", "2026-12-30 年末休業\r\n2026-12-31")
                            .param("openDates", ""))
                    .andExpect(redirectedUrl("/settings/holidays"));
            assertThat(holidays.view(List.of()).closedDates()).extracting(d -> d.date().toString())
                    .containsExactly("2026-12-30", "2026-12-31");
        } finally {
            holidays.replace(new jp.juchu.shop.HolidayUpdate(
                    before.weeklyClosingDays().stream().map(Enum::name).toList(),
                    before.closedDates().stream().map(d -> new jp.juchu.shop.HolidayUpdate.DateInput(d.date().toString(), d.note())).toList(),
                    before.openDates().stream().map(d -> new jp.juchu.shop.HolidayUpdate.DateInput(d.date().toString(), d.note())).toList()));
        }
    }

    @Test
    void operatorsCannotOpenTheSettingsScreens() throws Exception {
        mvc.perform(get("/settings/automation").with(user("op").roles("OPERATOR"))).andExpect(status().isForbidden());
        mvc.perform(get("/settings/holidays").with(user("op").roles("OPERATOR"))).andExpect(status().isForbidden());
    }
}
