package jp.juchu.shipping.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jp.juchu.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** 設定 › 配送業者の契約番号: admins save the numbers every label carries; a wrong format is shown at the carrier. */
@IntegrationTest
class CarrierAccountScreenIT {

    @Autowired
    MockMvc mvc;

    @Test
    void anAdminSavesTheNumbersAndSeesAWrongOneAtItsCarrier() throws Exception {
        mvc.perform(post("/settings/carrier-accounts/SAGAWA").with(user("admin").roles("ADMIN")).with(csrf())
                        .param("customerCode", "123456789012").param("classCode", "").param("freightNumber", ""))
                .andExpect(redirectedUrl("/settings/carrier-accounts"));
        mvc.perform(get("/settings/carrier-accounts").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"customer-code-SAGAWA\"")))
                .andExpect(content().string(containsString("value=\"123456789012\"")));

        mvc.perform(post("/settings/carrier-accounts/YAMATO").with(user("admin").roles("ADMIN")).with(csrf())
                        .param("customerCode", "12-34").param("classCode", "").param("freightNumber", "01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"error-YAMATO\"")))
                .andExpect(content().string(containsString("10〜12桁の数字")));
    }

    @Test
    void operatorsMayNotChangeThem() throws Exception {
        mvc.perform(get("/settings/carrier-accounts").with(user("operator").roles("OPERATOR")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/settings/carrier-accounts/YAMATO").with(user("operator").roles("OPERATOR")).with(csrf())
                        .param("customerCode", "012345678901"))
                .andExpect(status().isForbidden());
    }
}
