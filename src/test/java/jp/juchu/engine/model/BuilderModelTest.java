package jp.juchu.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;

import jp.juchu.engine.feel.FeelEvaluator;

/** Processes written with zeebe-bpmn-model's builder, as tests of the runtime will write them. */
class BuilderModelTest {

    private final BpmnModelParser parser = new BpmnModelParser(new FeelEvaluator());

    private ProcessModel parse(BpmnModelInstance model) {
        List<ProcessModel> processes = parser.parse("built.bpmn", Bpmn.convertToString(model).getBytes(StandardCharsets.UTF_8));
        assertThat(processes).hasSize(1);
        return processes.get(0);
    }

    @Test
    void serviceTasksUserTaskAndExclusiveGateway() {
        ProcessModel process = parse(Bpmn.createExecutableProcess("order")
                .startEvent("start")
                .serviceTask("check", t -> t.zeebeJobType("order.check").zeebeJobRetries("=2")
                        .zeebeTaskHeader("template", "確認").zeebeInputExpression("order.id", "orderId")
                        .zeebeOutputExpression("ok", "checked"))
                .exclusiveGateway("needs_review")
                .conditionExpression("needsReview")
                .userTask("review", u -> u.zeebeUserTask().zeebeFormId("review-order")
                        .zeebeCandidateGroups("operators").zeebeAssignee("=owner").zeebeDueDate("=now()"))
                .endEvent("reviewed")
                .moveToLastExclusiveGateway().defaultFlow()
                .endEvent("done")
                .done());

        assertThat(process.element("check").job()).isEqualTo(new JobDefinition("order.check", "=2"));
        assertThat(process.element("check").taskHeaders()).containsEntry("template", "確認");
        assertThat(process.element("check").inputs()).containsExactly(new Mapping("=order.id", "orderId"));
        assertThat(process.element("needs_review").outgoing()).extracting(SequenceFlowModel::condition)
                .containsExactly("=needsReview", null);
        assertThat(process.element("needs_review").defaultFlow().targetId()).isEqualTo("done");
        UserTaskDefinition task = process.element("review").userTask();
        assertThat(task.formId()).isEqualTo("review-order");
        assertThat(task.assignee()).isEqualTo("=owner");
        assertThat(task.dueDate()).isEqualTo("=now()");
    }

    @Test
    void boundaryEventsEventSubProcessAndCallActivity() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("parent")
                .eventSubProcess("cancelled", sub -> sub
                        .startEvent("cancel_start").message(m -> m.name("order-cancelled").zeebeCorrelationKeyExpression("orderId"))
                        .endEvent("cancel_end"))
                .startEvent("start")
                .callActivity("child", c -> c.zeebeProcessId("child-process").zeebePropagateAllChildVariables(false))
                .boundaryEvent("late", b -> b.cancelActivity(false).timerWithDuration("PT1H").endEvent("late_end"))
                .moveToActivity("child")
                .receiveTask("paid").message(m -> m.name("payment-reconciled").zeebeCorrelationKeyExpression("orderId"))
                .endEvent("end")
                .done();
        ProcessModel process = parse(model);

        assertThat(process.element("child").calledElement()).isEqualTo(new CalledElement("child-process", false, true));
        assertThat(process.boundaryEvents("child")).singleElement().satisfies(late -> {
            assertThat(late.interrupting()).isFalse();
            assertThat(late.timer()).isEqualTo(new TimerDefinition(TimerDefinition.Type.DURATION, "PT1H"));
        });
        assertThat(process.eventSubProcesses("parent")).extracting(ElementModel::id).containsExactly("cancelled");
        assertThat(process.startEventOf("cancelled").message()).isEqualTo(new MessageDefinition("order-cancelled", "=orderId"));
        assertThat(process.element("paid").message().name()).isEqualTo("payment-reconciled");
    }

    @Test
    void refusesABuilderProcessWithAJobWorkerUserTask() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("legacy")
                .startEvent().userTask("old").endEvent().done();
        assertThatThrownBy(() -> parse(model))
                .isInstanceOf(InvalidModelException.class)
                .hasMessageContaining("'old' (userTask)");
    }
}
