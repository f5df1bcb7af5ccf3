package jp.juchu.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.Charset;
import java.time.Duration;
import java.time.Instant;
import jp.juchu.jobs.JobRun;
import jp.juchu.jobs.Jobs;
import jp.juchu.shop.ShopRef;
import jp.juchu.support.ApiClient;
import jp.juchu.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** CSV-linked providers: registration CSV out, 与信結果 CSV in (twice), 出荷報告 CSV, and the screen's jobs. */
@IntegrationTest
class DeferredCsvIT {

    static final Charset MS932 = Charset.forName("Windows-31J");
    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    PaymentTestData data;

    @Autowired
    DeferredPayments payments;

    @Autowired
    RecordedPaymentEvents events;

    @Autowired
    Jobs jobs;

    ApiClient api;
    ShopRef shop;

    @BeforeEach
    void setUp() {
        api = ApiClient.admin(port);
        shop = data.shop();
    }

    private String registrationCsv(String provider) throws Exception {
        MvcResult result = mvc.perform(get("/api/deferred-payments/registration-csv").param("provider", provider)
                        .with(httpBasic("admin", ApiClient.ADMIN_PASSWORD)))
                .andExpect(status().isOk()).andReturn();
        assertThat(result.getResponse().getContentType()).contains("Windows-31J");
        return new String(result.getResponse().getContentAsByteArray(), MS932);
    }

    private JsonNode importCsv(String provider, String csv) throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "result.csv", "text/csv", csv.getBytes(MS932));
        MvcResult result = mvc.perform(multipart("/api/deferred-payments/credit-results").file(file).param("provider", provider)
                        .with(httpBasic("admin", ApiClient.ADMIN_PASSWORD)))
                .andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
        return JSON.readTree(result.getResponse().getContentAsByteArray());
    }

    @Test
    void exportsWaitingRegistrationsOnceAndImportsTheCreditResultsWithoutDuplicates() throws Exception {
        long ok = data.order(api, shop, "GMO_ATOBARAI", "後払 一郎");
        long ng = data.order(api, shop, "GMO_ATOBARAI", "後払 二郎");
        assertThat(payments.register(ok, DeferredProvider.GMO_ATOBARAI, true, null).status()).isEqualTo(DeferredStatus.AWAITING_CSV);
        payments.register(ng, DeferredProvider.GMO_ATOBARAI, false, null);

        String csv = registrationCsv("GMO_ATOBARAI");

        assertThat(csv).startsWith("加盟店取引ID,受注番号,注文日,請求金額,請求書同梱,購入者氏名");
        assertThat(csv).contains("\r\n");
        assertThat(csv.lines().filter(l -> l.startsWith("JC" + ok + ","))).hasSize(3)
                .first().asString().contains(",3300,1,後払 一郎,").contains("有機りんごジュース 1L,1080,2");
        assertThat(csv).contains("JC" + ng + ",");
        assertThat(registrationCsv("GMO_ATOBARAI")).doesNotContain("JC" + ok + ",");
        assertThat(payments.find(ok).orElseThrow().csvExportedAt()).isNotNull();

        String results = "加盟店取引ID,GMO取引ID,与信結果,NG理由\r\n"
                + "JC" + ok + ",G" + ok + ",OK,\r\n"
                + "JC" + ng + ",G" + ng + ",NG,限度額超過\r\n"
                + "JC999999999,G0,OK,\r\n"
                + "JC" + ok + ",,不明,\r\n";
        JsonNode first = importCsv("GMO_ATOBARAI", results);

        assertThat(first.path("results")).hasSize(4);
        assertThat(first.path("results").get(0).path("outcome").asText()).isEqualTo("UPDATED");
        assertThat(first.path("results").get(1).path("outcome").asText()).isEqualTo("UPDATED");
        assertThat(first.path("results").get(2).path("outcome").asText()).isEqualTo("UNKNOWN_ORDER");
        assertThat(first.path("results").get(2).path("message").asText()).isEqualTo("result.csv: 4行目: 加盟店取引ID「JC999999999」のGMO後払い取引はありません");
        assertThat(first.path("results").get(3).path("outcome").asText()).isEqualTo("REJECTED");
        assertThat(first.path("results").get(3).path("message").asText()).contains("result.csv: 5行目:").contains("「与信結果」列の値「不明」");
        assertThat(payments.find(ok).orElseThrow().status()).isEqualTo(DeferredStatus.CREDIT_OK);
        assertThat(payments.find(ok).orElseThrow().providerTransactionId()).isEqualTo("G" + ok);
        assertThat(payments.find(ng).orElseThrow().reason()).contains("限度額超過");

        JsonNode second = importCsv("GMO_ATOBARAI", results);

        assertThat(second.path("counts").path("UNCHANGED").asInt()).isEqualTo(2);
        assertThat(second.path("counts").path("UPDATED").asInt()).isZero();
        assertThat(events.creditsFor(ok)).containsExactly(new CreditResultReceived(ok, CreditResult.OK, null));
        assertThat(events.creditsFor(ng)).hasSize(1);

        payments.reportShipment(ok, "SAGAWA", "512547514334");
        payments.reportShipment(ok, "SAGAWA", "512547514334");
        MvcResult shipments = mvc.perform(get("/api/deferred-payments/shipment-csv").param("provider", "GMO_ATOBARAI")
                .with(httpBasic("admin", ApiClient.ADMIN_PASSWORD))).andExpect(status().isOk()).andReturn();
        String shipmentCsv = new String(shipments.getResponse().getContentAsByteArray(), MS932);
        assertThat(shipmentCsv).contains("JC" + ok + ",").contains(",SAGAWA,512547514334,");
        assertThat(payments.find(ok).orElseThrow().status()).isEqualTo(DeferredStatus.SHIPMENT_REPORTED);
    }

    @Test
    void aFileThatCannotBeReadIsRefusedAsAWhole() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "broken.csv", "text/csv", "番号,結果\r\n1,OK\r\n".getBytes(MS932));
        MvcResult result = mvc.perform(multipart("/api/deferred-payments/credit-results").file(file).param("provider", "ATODENE")
                .with(httpBasic("admin", ApiClient.ADMIN_PASSWORD))).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        JsonNode error = JSON.readTree(result.getResponse().getContentAsByteArray());
        assertThat(error.path("field").asText()).isEqualTo("file");
        assertThat(error.path("message").asText()).startsWith("broken.csv: 1行目: 必須の列");
    }

    @Test
    void theScreenRunsImportsAndExportsAsJobs() throws Exception {
        long id = data.order(api, shop, "ATOBARAI_COM", "後払 三郎");
        payments.register(id, DeferredProvider.ATOBARAI_COM, false, null);

        mvc.perform(get("/payments/deferred").param("provider", "ATOBARAI_COM").with(user("operator").roles("OPERATOR")))
                .andExpect(status().isOk());
        String exportJob = mvc.perform(post("/payments/deferred/registration-csv").param("provider", "ATOBARAI_COM")
                        .with(user("operator").roles("OPERATOR")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        JobRun export = finished(Long.parseLong(exportJob.substring(exportJob.lastIndexOf('/') + 1)));
        assertThat(export.getState().name()).isEqualTo("SUCCEEDED");
        assertThat(jobs.files(export.getId())).anySatisfy(f -> assertThat(f.getName()).startsWith("atobarai_com-registration-"));

        MockMultipartFile file = new MockMultipartFile("file", "atobarai.csv", "text/csv",
                ("任意注文番号,与信結果\r\nJC" + id + ",与信OK\r\n").getBytes(MS932));
        String importJob = mvc.perform(multipart("/payments/deferred/credit-results").file(file).param("provider", "ATOBARAI_COM")
                        .with(user("operator").roles("OPERATOR")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        JobRun imported = finished(Long.parseLong(importJob.substring(importJob.lastIndexOf('/') + 1)));
        assertThat(imported.getUpdated()).isEqualTo(1);
        assertThat(payments.find(id).orElseThrow().status()).isEqualTo(DeferredStatus.CREDIT_OK);
    }

    private JobRun finished(long jobId) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        JobRun run = jobs.require(jobId);
        while (!run.getState().finished() && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            run = jobs.require(jobId);
        }
        assertThat(run.getState().finished()).as("job " + jobId + " finished").isTrue();
        return run;
    }
}
