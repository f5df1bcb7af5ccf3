package jp.juchu.intake.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import jp.juchu.support.IntegrationTest;
import jp.juchu.support.RakutenApiStub;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class OrderPullScreenIT extends RakutenApiStub {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Test
    void listsRakutenShopsAndOffersAPullOnlyWhereItIsPossible() throws Exception {
        TestShop ready = createRakutenShop(port, LocalDate.now().plusDays(5).toString(), true);
        TestShop expired = createRakutenShop(port, LocalDate.now().minusDays(2).toString(), true);

        mvc.perform(get("/orders/pull").with(user("operator").roles("OPERATOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"pull-" + ready.code() + "\""),
                        containsString("id=\"pull-submit-" + ready.code() + "\""), containsString("期限間近"),
                        containsString("id=\"pull-" + expired.code() + "\""), containsString("期限切れ"),
                        not(containsString("id=\"pull-submit-" + expired.code() + "\"")))));
    }

    @Test
    void aPullStartsAJobAndARefusalIsShown() throws Exception {
        TestShop ready = createRakutenShop(port, null, true);
        TestShop off = createRakutenShop(port, null, false);

        mvc.perform(post("/orders/pull").param("shop", ready.code()).with(user("operator").roles("OPERATOR")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/jobs/*"));
        mvc.perform(post("/orders/pull").param("shop", off.code()).with(user("operator").roles("OPERATOR")).with(csrf()))
                .andExpect(redirectedUrl("/orders/pull"))
                .andExpect(flash().attribute("error", containsString("使用しない")));
    }
}
