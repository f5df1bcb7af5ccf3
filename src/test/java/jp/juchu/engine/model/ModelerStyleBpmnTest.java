package jp.juchu.engine.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

import jp.juchu.engine.feel.FeelEvaluator;

/** A process as Camunda Modeler saves it: diagram interchange, lanes, annotations, templates, properties. */
class ModelerStyleBpmnTest {

    @Test
    void parsesADiagramSavedByTheModeler() throws IOException {
        List<ProcessModel> processes = new BpmnModelParser(new FeelEvaluator())
                .parse("modeler-style.bpmn", BpmnModelParserTest.resource("/engine/modeler-style.bpmn"));

        assertThat(processes).singleElement().satisfies(process -> {
            assertThat(process.bpmnProcessId()).isEqualTo("order-review");
            assertThat(process.name()).isEqualTo("受注確認");
            assertThat(process.elements().keySet()).containsExactly("StartEvent_1", "Activity_0qk1l3d",
                    "Gateway_1d9x0ab", "Activity_1u8z2wd", "Event_1ws0f2x", "Event_0n7c1ke");
            ElementModel check = process.element("Activity_0qk1l3d");
            assertThat(check.job()).isEqualTo(new JobDefinition("order.check", "5"));
            ElementModel gateway = process.element("Gateway_1d9x0ab");
            assertThat(gateway.defaultFlow().targetId()).isEqualTo("Event_0n7c1ke");
            assertThat(gateway.outgoing().get(0).name()).isEqualTo("はい");
            assertThat(gateway.outgoing().get(0).condition()).isEqualTo("=needsReview");
            ElementModel review = process.element("Activity_1u8z2wd");
            assertThat(review.userTask().formId()).isEqualTo("review-order");
            assertThat(review.userTask().candidateGroups()).isEqualTo("operators");
        });
    }
}
