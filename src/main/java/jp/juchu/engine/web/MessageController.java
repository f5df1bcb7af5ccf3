package jp.juchu.engine.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.client.protocol.rest.MessageCorrelationResult;
import io.camunda.client.protocol.rest.MessagePublicationResult;
import jp.juchu.engine.ConditionalOnEmbeddedEngine;
import jp.juchu.engine.runtime.EngineCommands;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Messages: publish (buffered for its time-to-live, de-duplicated by messageId) and correlate (404 if none waits). */
@RestController
@RequestMapping("/v2/messages")
@ConditionalOnEmbeddedEngine
class MessageController {

    private final EngineCommands commands;

    MessageController(EngineCommands commands) {
        this.commands = commands;
    }

    @PostMapping("/publication")
    MessagePublicationResult publish(@RequestBody JsonNode body) {
        Long ttl = Bodies.number(body, "timeToLive");
        long key = commands.publish(Bodies.text(body, "name"), correlationKey(body), ttl == null ? 0 : ttl,
                Bodies.text(body, "messageId"), Bodies.variables(body, "variables"));
        return new MessagePublicationResult().messageKey(RestModels.key(key)).tenantId(RestModels.TENANT);
    }

    @PostMapping("/correlation")
    MessageCorrelationResult correlate(@RequestBody JsonNode body) {
        EngineCommands.Correlation correlation = commands.correlate(Bodies.text(body, "name"), correlationKey(body),
                Bodies.variables(body, "variables"));
        return new MessageCorrelationResult().messageKey(RestModels.key(correlation.messageKey()))
                .processInstanceKey(RestModels.key(correlation.instanceKey())).tenantId(RestModels.TENANT);
    }

    private static String correlationKey(JsonNode body) {
        String key = Bodies.text(body, "correlationKey");
        return key == null ? "" : key;
    }
}
