package jp.juchu.orchestration;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.UserTask;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeFormDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * What the deployed models say about their elements (names, the form of each user task), read from the same
 * {@code bpmn/} resources that are deployed, so screens can label steps without asking the engine each time.
 */
@Component
class ProcessCatalog {

    private final Map<String, String> names = new HashMap<>();
    private final Map<String, String> formIds = new HashMap<>();

    ProcessCatalog() {
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:/bpmn/**/*.bpmn")) {
                try (InputStream in = resource.getInputStream()) {
                    read(Bpmn.readModelFromStream(in));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("プロセス定義を読めません", e);
        }
    }

    private void read(BpmnModelInstance model) {
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            if (node.getName() != null) {
                names.putIfAbsent(node.getId(), node.getName().replace('\n', ' '));
            }
        }
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            ZeebeFormDefinition form = task.getSingleExtensionElement(ZeebeFormDefinition.class);
            if (form != null && form.getFormId() != null) {
                formIds.put(task.getId(), form.getFormId());
            }
        }
    }

    String name(String elementId) {
        return names.getOrDefault(elementId, elementId);
    }

    Optional<String> formId(String userTaskId) {
        return Optional.ofNullable(formIds.get(userTaskId));
    }
}
