package jp.juchu.orchestration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.juchu.support.ApiClient;
import jp.juchu.support.IntegrationTest;
import jp.juchu.support.NpStandIn;
import jp.juchu.support.ProcessTestOrders;
import jp.juchu.support.StandIns;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * POST /api/incidents/{key}/retry: NP後払い answers 503 to the 取引登録 until the worker's retries run out and the order
 * is stuck; once NP answers again a client retries through the JSON API and the order moves on to 出荷待.
 */
@IntegrationTest
class IncidentRetryApiIT {

    @LocalServerPort
    int port;


    ProcessTestOrders orders;
    ApiClient api;

    @RegisterExtension
    final NpStandIn np = new NpStandIn("retry-it");

    @BeforeEach
    void setUp() {
        orders = new ProcessTestOrders(port);
        api = orders.api();
    }

    @Test
    void aStuckOrderRetriedThroughTheApiMovesOnAndItsIncidentIsGone() {
        long order = orders.create("NP_ATOBARAI");
        StubMapping down = np.stub(registrationOf(order).willReturn(aResponse().withStatus(503).withBody("maintenance")));
        orders.completeTask(orders.awaitTask(order, "register-deferred-payment"), Map.of("deferredProvider", "NP_ATOBARAI"));
        JsonNode incident = awaitIncident(order);
        assertThat(incident.path("elementId").asText()).isEqualTo("register-deferred");
        assertThat(incident.path("errorType").asText()).isEqualTo("JOB_NO_RETRIES");
        assertThat(incident.path("jobKey").asText()).isNotBlank();
        assertThat(orders.status(order)).isEqualTo("REVIEW");
        String key = incident.path("key").asText();

        int sentWhileDown = registrationsSent(order);
        StandIns.HTTP.removeStub(down);
        np.stub(registrationOf(order).willReturn(okJson("{\"results\":[{\"shop_transaction_id\":\"JC" + order
                + "\",\"np_transaction_id\":\"" + npId(order) + "\",\"authori_result\":\"00\"}]}")));
        ApiClient.Response retried = api.post("/api/incidents/" + key + "/retry", Map.of("retries", 2));

        assertThat(retried.status()).as(retried.body()).isEqualTo(200);
        assertThat(retried.json().path("key").asText()).isEqualTo(key);
        assertThat(retried.json().path("retried").asBoolean()).isTrue();
        assertThat(retried.json().path("retries").asInt()).isEqualTo(2);
        orders.awaitStatus(order, "READY_TO_SHIP");
        ProcessTestOrders.await(() -> "インシデント " + key + " が消える; " + orders.describe(order),
                () -> incidentsOf(order).isEmpty() ? true : null);
        assertThat(api.get("/api/orders/" + order + "/payment").json().path("deferred").path("status").asText()).isEqualTo("CREDIT_OK");
        assertThat(registrationsSent(order)).as("one registration after the retry").isEqualTo(sentWhileDown + 1);
    }

    @Test
    void aRetryWithoutBodyGivesThreeRetriesAndInvalidRetriesAreRefused() {
        long order = orders.create("BANK_TRANSFER");
        JsonNode task = orders.awaitTask(order, "reconcile-payment");
        assertThat(orders.completeTask(task, Map.of("paidAt", "先週の金曜日")).status()).isEqualTo(200);
        String key = awaitIncident(order).path("key").asText();

        for (Object invalid : List.of(0, -1)) {
            ApiClient.Response refused = api.post("/api/incidents/" + key + "/retry", Map.of("retries", invalid));
            assertThat(refused.status()).as(refused.body()).isEqualTo(400);
            assertThat(refused.json().path("field").asText()).isEqualTo("retries");
            assertThat(refused.json().path("message").asText()).isEqualTo("再試行回数は 1 以上にしてください");
        }
        for (Object notANumber : List.of("5", "たくさん", 1.5, 10_000_000_000L)) {
            ApiClient.Response refused = api.post("/api/incidents/" + key + "/retry", Map.of("retries", notANumber));
            assertThat(refused.status()).as(notANumber + ": " + refused.body()).isEqualTo(400);
            assertThat(refused.json().path("field").asText()).isEqualTo("retries");
            assertThat(refused.json().path("message").asText()).isEqualTo("再試行回数は 1 以上の整数で指定してください");
        }
        assertThat(incidentsOf(order)).as("a refused retry leaves the incident").hasSize(1);

        ApiClient.Response retried = api.post("/api/incidents/" + key + "/retry", "");
        assertThat(retried.status()).as(retried.body()).isEqualTo(200);
        assertThat(retried.json().path("retries").asInt()).isEqualTo(3);
        // the 入金日時 still cannot be read: the job fails again at once and a new incident stops the order
        JsonNode again = ProcessTestOrders.await(() -> "新しいインシデント; " + orders.describe(order), () -> {
            List<JsonNode> open = incidentsOf(order);
            return open.size() == 1 && !open.get(0).path("key").asText().equals(key) ? open.get(0) : null;
        });
        assertThat(again.path("errorMessage").asText()).contains("入金日時「先週の金曜日」を読めません");

        ApiClient.Response unknown = api.post("/api/incidents/999999999/retry", Map.of());
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(404);
        assertThat(unknown.json().path("error").asText()).isEqualTo("not_found");
    }

    private JsonNode awaitIncident(long order) {
        return ProcessTestOrders.await(() -> "受注 " + order + " のインシデント; " + orders.describe(order), () -> {
            List<JsonNode> open = incidentsOf(order);
            return open.isEmpty() ? null : open.get(0);
        });
    }

    private List<JsonNode> incidentsOf(long order) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode incident : api.get("/api/incidents").json()) {
            if (incident.path("orderId").asLong() == order) {
                found.add(incident);
            }
        }
        return found;
    }

    private static int registrationsSent(long order) {
        return StandIns.HTTP.findAll(postRequestedFor(urlEqualTo("/np/transactions"))
                .withRequestBody(matchingJsonPath("$.transactions[0].shop_transaction_id", equalTo("JC" + order)))).size();
    }

    private static MappingBuilder registrationOf(long order) {
        return post(urlEqualTo("/np/transactions"))
                .withRequestBody(matchingJsonPath("$.transactions[0].shop_transaction_id", equalTo("JC" + order)));
    }

    private static String npId(long orderId) {
        return String.format("%011d", orderId);
    }
}
