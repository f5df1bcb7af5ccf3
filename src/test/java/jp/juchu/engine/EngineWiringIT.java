package jp.juchu.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.Topology;
import jp.juchu.support.ApiClient;
import jp.juchu.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class EngineWiringIT {

    @LocalServerPort
    int port;

    @Autowired
    CamundaClient client;

    @Test
    void theAppsClientReachesTheEmbeddedEngineOnTheActualPort() {
        Topology topology = client.newTopologyRequest().send().join();

        assertThat(topology.getClusterSize()).isEqualTo(1);
        assertThat(topology.getBrokers()).singleElement()
                .satisfies(broker -> assertThat(broker.getPartitions()).singleElement()
                        .satisfies(partition -> assertThat(partition.isLeader()).isTrue()));
    }

    @Test
    void healthStaysUpWithTheCamundaHealthIndicator() {
        ApiClient.Response health = ApiClient.anonymous(port).get("/actuator/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().path("status").asText()).isEqualTo("UP");
    }

    @Test
    void anonymousCallersGet401AsProblemDetail() {
        ApiClient.Response response = ApiClient.anonymous(port).get("/v2/topology");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().path("status").asInt()).isEqualTo(401);
    }

    @Test
    void wrongPasswordIsRejected() {
        assertThat(ApiClient.as(port, "admin", "wrong").get("/v2/topology").status()).isEqualTo(401);
    }

    @Test
    void administratorsMayCallTheEngine() {
        ApiClient.Response response = ApiClient.admin(port).get("/v2/topology");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("brokers").get(0).path("partitions").get(0).path("role").asText())
                .isEqualTo("leader");
    }
}
