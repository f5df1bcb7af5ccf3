package jp.juchu.engine.web;

import io.camunda.client.protocol.rest.BrokerInfo;
import io.camunda.client.protocol.rest.ClockPinRequest;
import io.camunda.client.protocol.rest.Partition;
import io.camunda.client.protocol.rest.TopologyResponse;
import java.util.List;
import jp.juchu.engine.ConditionalOnEmbeddedEngine;
import jp.juchu.engine.runtime.EngineClock;
import jp.juchu.engine.runtime.EngineException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Topology and status (one broker, one partition, always the leader), and the pinnable clock. */
@RestController
@RequestMapping("/v2")
@ConditionalOnEmbeddedEngine
class ClusterController {

    static final String VERSION = "8.8.14";

    private final EngineClock clock;
    private final String host;

    ClusterController(EngineClock clock, @Value("${server.address:localhost}") String host) {
        this.clock = clock;
        this.host = host;
    }

    @GetMapping("/topology")
    TopologyResponse topology(jakarta.servlet.http.HttpServletRequest request) {
        Partition partition = new Partition().partitionId(1).role(Partition.RoleEnum.LEADER)
                .health(Partition.HealthEnum.HEALTHY);
        BrokerInfo broker = new BrokerInfo().nodeId(0).host(host).port(request.getLocalPort())
                .partitions(List.of(partition)).version(VERSION);
        return new TopologyResponse().brokers(List.of(broker)).clusterSize(1).partitionsCount(1)
                .replicationFactor(1).gatewayVersion(VERSION);
    }

    @GetMapping("/status")
    ResponseEntity<Void> status() {
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/clock")
    ResponseEntity<Void> pin(@RequestBody ClockPinRequest request) {
        if (request.getTimestamp() == null || request.getTimestamp() < 0) {
            throw EngineException.invalid("timestamp must be a non-negative epoch millisecond value");
        }
        clock.pin(request.getTimestamp());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/clock/reset")
    ResponseEntity<Void> reset() {
        clock.reset();
        return ResponseEntity.noContent().build();
    }
}
