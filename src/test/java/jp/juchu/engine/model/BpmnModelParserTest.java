package jp.juchu.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jp.juchu.engine.feel.FeelEvaluator;

class BpmnModelParserTest {

    private static final FeelEvaluator FEEL =
            new FeelEvaluator(Clock.fixed(Instant.parse("2026-11-30T01:00:00Z"), ZoneId.of("Asia/Tokyo")));
    private static List<ProcessModel> processes;
    private static ProcessModel model;

    @BeforeAll
    static void parse() throws IOException {
        processes = new BpmnModelParser(FEEL).parse("supported-elements.bpmn", resource("/engine/supported-elements.bpmn"));
        model = processes.get(0);
    }

    static byte[] resource(String path) throws IOException {
        try (InputStream in = BpmnModelParserTest.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        }
    }

    @Test
    void returnsOnlyExecutableProcessesInDocumentOrder() {
        assertThat(processes).extracting(ProcessModel::bpmnProcessId).containsExactly("all-elements", "child-process");
        assertThat(model.name()).isEqualTo("全要素");
        assertThat(model.versionTag()).isEqualTo("v1.0");
        assertThat(processes.get(1).versionTag()).isNull();
    }

    @Test
    void startEventsOfTheProcess() {
        assertThat(model.startEvents()).extracting(ElementModel::id).containsExactly("start", "start_msg", "start_timer");
        assertThat(model.noneStartEvent()).get().extracting(ElementModel::name).isEqualTo("受注");
        ElementModel message = model.messageStartEvents().get(0);
        assertThat(message.eventType()).isEqualTo(EventType.MESSAGE);
        assertThat(message.message()).isEqualTo(new MessageDefinition("order-imported", null));
        ElementModel timer = model.timerStartEvents().get(0);
        assertThat(timer.timer()).isEqualTo(new TimerDefinition(TimerDefinition.Type.CYCLE, "R/2026-12-01T09:00:00+09:00/P1D"));
        assertThat(timer.outputs()).containsExactly(new Mapping("=\"timer\"", "origin"));
        assertThat(timer.flowScopeId()).isEqualTo("all-elements");
    }

    @Test
    void serviceTaskWithJobHeadersAndMappings() {
        ElementModel check = model.element("check");
        assertThat(check.kind()).isEqualTo(ElementKind.SERVICE_TASK);
        assertThat(check.kind().isJobWorkerTask()).isTrue();
        assertThat(check.name()).isEqualTo("受注チェック");
        assertThat(check.job()).isEqualTo(new JobDefinition("order.check", "=defaultRetries + 2"));
        assertThat(FEEL.evaluateInt(check.job().retries(), Map.of("defaultRetries", 3))).isEqualTo(5);
        assertThat(check.taskHeaders()).containsExactly(Map.entry("template", "受注確認メール"), Map.entry("mode", "strict"));
        assertThat(check.inputs()).containsExactly(new Mapping("=order.id", "orderId"), new Mapping("固定値", "label"));
        assertThat(check.outputs()).containsExactly(new Mapping("=result.ok", "checked"), new Mapping("=result.flags", "order.flags"));
        assertThat(check.incoming()).extracting(SequenceFlowModel::id).containsExactly("f_start_check", "f_msg_check", "f_timer_check");
        assertThat(check.outgoing()).extracting(SequenceFlowModel::targetId).containsExactly("gw_review");
        assertThat(model.boundaryEvents("check")).extracting(ElementModel::id).containsExactly("check_failed", "check_any_error");
    }

    @Test
    void errorBoundaryEventsWithCodeOrCatchAll() {
        ElementModel failed = model.element("check_failed");
        assertThat(failed.kind()).isEqualTo(ElementKind.BOUNDARY_EVENT);
        assertThat(failed.eventType()).isEqualTo(EventType.ERROR);
        assertThat(failed.errorCode()).isEqualTo("CREDIT_REJECTED");
        assertThat(failed.attachedToId()).isEqualTo("check");
        assertThat(failed.interrupting()).isTrue();
        assertThat(failed.flowScopeId()).isEqualTo("all-elements");
        assertThat(model.element("check_any_error").errorCode()).isNull();
    }

    @Test
    void exclusiveGatewayWithConditionAndDefaultFlow() {
        ElementModel gateway = model.element("gw_review");
        assertThat(gateway.kind()).isEqualTo(ElementKind.EXCLUSIVE_GATEWAY);
        assertThat(gateway.outgoing()).hasSize(2);
        SequenceFlowModel conditional = gateway.outgoing().get(0);
        assertThat(conditional.condition()).isEqualTo("=needsReview = true");
        assertThat(conditional.name()).isEqualTo("確認要");
        assertThat(conditional.isDefault()).isFalse();
        assertThat(gateway.defaultFlow().id()).isEqualTo("f_gw_fork");
        assertThat(gateway.defaultFlow().hasCondition()).isFalse();
        assertThat(FEEL.evaluateBoolean(conditional.condition(), Map.of("needsReview", true))).isTrue();
        assertThat(model.sequenceFlow("f_gw_review").targetId()).isEqualTo("review");
    }

    @Test
    void nativeUserTaskWithAllAttributes() {
        ElementModel review = model.element("review");
        assertThat(review.kind()).isEqualTo(ElementKind.USER_TASK);
        UserTaskDefinition task = review.userTask();
        assertThat(task.assignee()).isEqualTo("=reviewer");
        assertThat(FEEL.evaluateStringList(task.candidateGroups(), Map.of())).containsExactly("operators", "経理");
        assertThat(FEEL.evaluateStringList(task.candidateUsers(), Map.of())).containsExactly("yamada");
        assertThat(FEEL.evaluateDateTime(task.dueDate(), Map.of()).toInstant()).isEqualTo(Instant.parse("2026-12-01T01:00:00Z"));
        assertThat(task.followUpDate()).isEqualTo("2026-12-24T09:00:00+09:00");
        assertThat(task.priority()).isEqualTo("80");
        assertThat(task.formId()).isEqualTo("review-order");
        assertThat(task.externalReference()).isNull();
        assertThat(review.taskHeaders()).containsEntry("screen", "review");
        assertThat(model.boundaryEvents("review")).extracting(ElementModel::id)
                .containsExactly("review_reminder", "review_held", "review_timeout");
    }

    @Test
    void timerAndMessageBoundaryEvents() {
        ElementModel reminder = model.element("review_reminder");
        assertThat(reminder.interrupting()).isFalse();
        assertThat(reminder.timer()).isEqualTo(new TimerDefinition(TimerDefinition.Type.CYCLE, "R3/PT4H"));
        ElementModel held = model.element("review_held");
        assertThat(held.interrupting()).isFalse();
        assertThat(held.message()).isEqualTo(new MessageDefinition("order-held", "=orderId"));
        ElementModel timeout = model.element("review_timeout");
        assertThat(timeout.interrupting()).isTrue();
        assertThat(timeout.timer()).isEqualTo(new TimerDefinition(TimerDefinition.Type.DURATION, "P3D"));
    }

    @Test
    void sendTaskWithJobTypeExpression() {
        ElementModel mail = model.element("reminder_mail");
        assertThat(mail.kind()).isEqualTo(ElementKind.SEND_TASK);
        assertThat(FEEL.evaluateString(mail.job().type(), Map.of())).isEqualTo("mail.send");
        assertThat(mail.job().retries()).isEqualTo(JobDefinition.DEFAULT_RETRIES);
        assertThat(mail.taskHeaders()).isEmpty();
    }

    @Test
    void parallelGatewaysReceiveAndScriptTasks() {
        assertThat(model.element("fork").kind()).isEqualTo(ElementKind.PARALLEL_GATEWAY);
        assertThat(model.element("fork").outgoing()).hasSize(2);
        assertThat(model.element("join").incoming()).extracting(SequenceFlowModel::sourceId)
                .containsExactly("wait_paid", "compute");
        ElementModel receive = model.element("wait_paid");
        assertThat(receive.kind()).isEqualTo(ElementKind.RECEIVE_TASK);
        assertThat(receive.message()).isEqualTo(new MessageDefinition("payment-reconciled", "=orderId"));
        assertThat(receive.outputs()).containsExactly(new Mapping("=amount", "paidAmount"));
        ElementModel script = model.element("compute");
        assertThat(script.kind()).isEqualTo(ElementKind.SCRIPT_TASK);
        assertThat(script.script().resultVariable()).isEqualTo("total");
        assertThat(FEEL.evaluateOrStatic(script.script().expression(),
                Map.of("items", List.of(Map.of("price", 1200, "qty", 2), Map.of("price", 500, "qty", 1)))))
                .isEqualTo(2900L);
    }

    @Test
    void eventBasedGatewayLeadsToCatchEvents() {
        ElementModel gateway = model.element("ebg");
        assertThat(gateway.kind()).isEqualTo(ElementKind.EVENT_BASED_GATEWAY);
        assertThat(gateway.outgoing()).extracting(f -> model.element(f.targetId()).eventType())
                .containsExactly(EventType.MESSAGE, EventType.TIMER);
        ElementModel credit = model.element("credit_result");
        assertThat(credit.kind()).isEqualTo(ElementKind.INTERMEDIATE_CATCH_EVENT);
        assertThat(credit.message().name()).isEqualTo("credit-result");
        assertThat(credit.outputs()).containsExactly(new Mapping("=result", "creditResult"));
        assertThat(model.element("credit_wait").timer())
                .isEqualTo(new TimerDefinition(TimerDefinition.Type.DATE, "=date and time(deadline)"));
    }

    @Test
    void embeddedSubProcessIsAScopeWithItsOwnEventSubProcess() {
        ElementModel shipping = model.element("shipping");
        assertThat(shipping.kind()).isEqualTo(ElementKind.SUB_PROCESS);
        assertThat(shipping.kind().isScope()).isTrue();
        assertThat(shipping.startEventId()).isEqualTo("shipping_start");
        assertThat(model.startEventOf("shipping").flowScopeId()).isEqualTo("shipping");
        assertThat(shipping.inputs()).containsExactly(new Mapping("=orderId", "shipOrderId"));
        assertThat(shipping.outputs()).containsExactly(new Mapping("=trackingNo", "trackingNo"));
        assertThat(model.children("shipping")).extracting(ElementModel::id).containsExactly(
                "shipping_start", "shipping_marker", "shipping_delay", "shipping_end", "shipping_error_handler");
        assertThat(model.element("shipping_marker").kind()).isEqualTo(ElementKind.INTERMEDIATE_THROW_EVENT);
        assertThat(model.element("shipping_marker").eventType()).isEqualTo(EventType.NONE);
        assertThat(model.element("shipping_delay").timer().type()).isEqualTo(TimerDefinition.Type.DURATION);
        assertThat(model.eventSubProcesses("shipping")).extracting(ElementModel::id).containsExactly("shipping_error_handler");
        ElementModel errorStart = model.startEventOf("shipping_error_handler");
        assertThat(errorStart.eventType()).isEqualTo(EventType.ERROR);
        assertThat(errorStart.errorCode()).isNull();
        assertThat(errorStart.interrupting()).isTrue();
        assertThat(errorStart.flowScopeId()).isEqualTo("shipping_error_handler");
        assertThat(model.element("shipping_error_handler").flowScopeId()).isEqualTo("shipping");
    }

    @Test
    void eventSubProcessesOfTheProcess() {
        assertThat(model.eventSubProcesses("all-elements")).extracting(ElementModel::id).containsExactly("on_cancel", "on_tick");
        ElementModel cancel = model.element("on_cancel");
        assertThat(cancel.kind()).isEqualTo(ElementKind.EVENT_SUB_PROCESS);
        assertThat(cancel.interrupting()).isTrue();
        ElementModel cancelStart = model.startEventOf("on_cancel");
        assertThat(cancelStart.message()).isEqualTo(new MessageDefinition("order-cancelled", "=orderId"));
        assertThat(cancelStart.interrupting()).isTrue();
        ElementModel tick = model.element("on_tick");
        assertThat(tick.interrupting()).isFalse();
        assertThat(model.startEventOf("on_tick").interrupting()).isFalse();
        assertThat(model.startEventOf("on_tick").timer().value()).isEqualTo("R/PT1H");
        assertThat(model.startEvents()).extracting(ElementModel::id).doesNotContain("on_cancel_start", "on_tick_start");
    }

    @Test
    void callActivityAndEndEvents() {
        ElementModel call = model.element("call_child");
        assertThat(call.kind()).isEqualTo(ElementKind.CALL_ACTIVITY);
        assertThat(call.calledElement()).isEqualTo(new CalledElement("child-process", false, true));
        assertThat(call.inputs()).containsExactly(new Mapping("=orderId", "parentOrderId"));
        ElementModel errorEnd = model.element("end_error");
        assertThat(errorEnd.eventType()).isEqualTo(EventType.ERROR);
        assertThat(FEEL.evaluateString(errorEnd.errorCode(), Map.of("errorCode", "NG"))).isEqualTo("NG");
        assertThat(model.element("end_terminate").eventType()).isEqualTo(EventType.TERMINATE);
        assertThat(model.element("mail_end").eventType()).isEqualTo(EventType.NONE);
    }

    @Test
    void elementLookupAndImmutability() {
        assertThat(model.findElement("nope")).isEmpty();
        assertThatThrownBy(() -> model.element("nope")).isInstanceOf(NoSuchElementException.class).hasMessageContaining("nope");
        assertThatThrownBy(() -> model.elements().remove("start")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> model.element("check").inputs().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> model.element("check").taskHeaders().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(model.elements()).doesNotContainKey("f_start_check");
        assertThat(model.elements().values()).allSatisfy(e -> assertThat(e.flowScopeId()).isNotNull());
    }

    @Test
    void resourceTypesByName() {
        assertThat(ResourceType.of("order-fulfillment.bpmn")).contains(ResourceType.BPMN);
        assertThat(ResourceType.of("legacy.BPMN20.XML")).contains(ResourceType.BPMN);
        assertThat(ResourceType.of("review-order.form")).contains(ResourceType.FORM);
        assertThat(ResourceType.of("rules.dmn")).isEmpty();
        assertThat(ResourceType.of(null)).isEmpty();
    }
}
