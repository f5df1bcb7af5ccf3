package jp.juchu.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import jp.juchu.engine.feel.FeelEvaluator;

/** Every refusal names the element id and type; every problem of a resource is reported at once. */
class BpmnRefusalTest {

    private static final BpmnModelParser PARSER = new BpmnModelParser(new FeelEvaluator());

    static final String HEAD = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                xmlns:zeebe="http://camunda.org/schema/zeebe/1.0"
                xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                id="d" targetNamespace="http://juchu.jp/test">
              <bpmn:message id="m" name="msg">
                <bpmn:extensionElements><zeebe:subscription correlationKey="=orderId" /></bpmn:extensionElements>
              </bpmn:message>
              <bpmn:error id="err" errorCode="E1" />
              <bpmn:error id="dyn" errorCode="=code" />
              <bpmn:signal id="sig" name="sig" />
              <bpmn:escalation id="esc" escalationCode="ESC" />
            """;

    /** A process: start → (body's "x") → end; the body adds the element "x" and anything else it needs. */
    static byte[] process(String body) {
        return process("", body);
    }

    /** Like {@link #process(String)} with extra root elements (messages, errors) before the process. */
    static byte[] process(String rootElements, String body) {
        return (HEAD + rootElements + """
                  <bpmn:process id="p" isExecutable="true">
                    <bpmn:startEvent id="start" />
                    <bpmn:sequenceFlow id="f_in" sourceRef="start" targetRef="x" />
                """ + body + """
                    <bpmn:sequenceFlow id="f_out" sourceRef="x" targetRef="end" />
                    <bpmn:endEvent id="end" />
                  </bpmn:process>
                </bpmn:definitions>
                """).getBytes(StandardCharsets.UTF_8);
    }

    static final String JOB = "<bpmn:extensionElements><zeebe:taskDefinition type=\"t\" /></bpmn:extensionElements>";

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("multi-instance", "<bpmn:serviceTask id=\"x\">" + JOB
                        + "<bpmn:multiInstanceLoopCharacteristics><bpmn:extensionElements>"
                        + "<zeebe:loopCharacteristics inputCollection=\"=items\" inputElement=\"item\" />"
                        + "</bpmn:extensionElements></bpmn:multiInstanceLoopCharacteristics></bpmn:serviceTask>",
                        "x", "serviceTask", "multi-instance"),
                Arguments.of("compensation boundary", "<bpmn:serviceTask id=\"x\">" + JOB + "</bpmn:serviceTask>"
                        + "<bpmn:boundaryEvent id=\"comp\" attachedToRef=\"x\"><bpmn:compensateEventDefinition id=\"cd\" /></bpmn:boundaryEvent>"
                        + "<bpmn:serviceTask id=\"undo\" isForCompensation=\"true\">" + JOB + "</bpmn:serviceTask>",
                        "undo", "serviceTask", "compensation"),
                Arguments.of("signal catch", "<bpmn:intermediateCatchEvent id=\"x\"><bpmn:signalEventDefinition id=\"sd\" signalRef=\"sig\" /></bpmn:intermediateCatchEvent>",
                        "x", "intermediateCatchEvent", "signalEventDefinition' is not supported"),
                Arguments.of("escalation throw", "<bpmn:intermediateThrowEvent id=\"x\"><bpmn:escalationEventDefinition id=\"ed\" escalationRef=\"esc\" /></bpmn:intermediateThrowEvent>",
                        "x", "intermediateThrowEvent", "escalationEventDefinition' is not supported"),
                Arguments.of("link throw", "<bpmn:intermediateThrowEvent id=\"x\"><bpmn:linkEventDefinition id=\"ld\" name=\"L\" /></bpmn:intermediateThrowEvent>"
                        + "<bpmn:intermediateCatchEvent id=\"lc\"><bpmn:linkEventDefinition id=\"ld2\" name=\"L\" /></bpmn:intermediateCatchEvent>",
                        "x", "intermediateThrowEvent", "linkEventDefinition' is not supported"),
                Arguments.of("conditional catch", "<bpmn:intermediateCatchEvent id=\"x\"><bpmn:conditionalEventDefinition id=\"cd\">"
                        + "<bpmn:condition xsi:type=\"bpmn:tFormalExpression\">=a</bpmn:condition></bpmn:conditionalEventDefinition></bpmn:intermediateCatchEvent>",
                        "x", "intermediateCatchEvent", "conditionalEventDefinition' is not supported"),
                Arguments.of("inclusive gateway", "<bpmn:inclusiveGateway id=\"x\" />", "x", "inclusiveGateway", "not supported"),
                Arguments.of("complex gateway", "<bpmn:complexGateway id=\"x\" />", "x", "complexGateway", "not supported"),
                Arguments.of("business rule task", "<bpmn:businessRuleTask id=\"x\"><bpmn:extensionElements>"
                        + "<zeebe:calledDecision decisionId=\"d\" resultVariable=\"r\" /></bpmn:extensionElements></bpmn:businessRuleTask>",
                        "x", "businessRuleTask", "not supported"),
                Arguments.of("manual task", "<bpmn:manualTask id=\"x\" />", "x", "manualTask", "not supported"),
                Arguments.of("undefined task", "<bpmn:task id=\"x\" />", "x", "task", "not supported"),
                Arguments.of("job-worker user task", "<bpmn:userTask id=\"x\" />", "x", "userTask", "zeebe:userTask"),
                Arguments.of("ad-hoc sub-process", "<bpmn:adHocSubProcess id=\"x\"><bpmn:serviceTask id=\"inner\">" + JOB
                        + "</bpmn:serviceTask></bpmn:adHocSubProcess>", "x", "adHocSubProcess", "not supported"),
                Arguments.of("transaction", "<bpmn:transaction id=\"x\"><bpmn:startEvent id=\"ts\" /></bpmn:transaction>",
                        "x", "transaction", "not supported"),
                Arguments.of("message throw event", "<bpmn:intermediateThrowEvent id=\"x\">" + JOB
                        + "<bpmn:messageEventDefinition id=\"md\" messageRef=\"m\" /></bpmn:intermediateThrowEvent>",
                        "x", "intermediateThrowEvent", "message intermediateThrowEvent is not supported"),
                Arguments.of("message end event", "<bpmn:serviceTask id=\"x\">" + JOB + "</bpmn:serviceTask>"
                        + "<bpmn:sequenceFlow id=\"f2\" sourceRef=\"x\" targetRef=\"mend\" />"
                        + "<bpmn:endEvent id=\"mend\">" + JOB + "<bpmn:messageEventDefinition id=\"md\" messageRef=\"m\" /></bpmn:endEvent>",
                        "mend", "endEvent", "message endEvent is not supported"),
                Arguments.of("execution listeners", "<bpmn:serviceTask id=\"x\"><bpmn:extensionElements><zeebe:taskDefinition type=\"t\" />"
                        + "<zeebe:executionListeners><zeebe:executionListener eventType=\"start\" type=\"l\" /></zeebe:executionListeners>"
                        + "</bpmn:extensionElements></bpmn:serviceTask>", "x", "serviceTask", "zeebe:executionListeners is not supported"),
                Arguments.of("task listeners", "<bpmn:userTask id=\"x\"><bpmn:extensionElements><zeebe:userTask />"
                        + "<zeebe:taskListeners><zeebe:taskListener eventType=\"completing\" type=\"l\" /></zeebe:taskListeners>"
                        + "</bpmn:extensionElements></bpmn:userTask>", "x", "userTask", "zeebe:taskListeners is not supported"),
                Arguments.of("call activity bound to a version tag", "<bpmn:callActivity id=\"x\"><bpmn:extensionElements>"
                        + "<zeebe:calledElement processId=\"child\" bindingType=\"versionTag\" versionTag=\"v1\" /></bpmn:extensionElements></bpmn:callActivity>",
                        "x", "callActivity", "binding type 'versionTag' is not supported"),
                Arguments.of("call activity bound to the deployment", "<bpmn:callActivity id=\"x\"><bpmn:extensionElements>"
                        + "<zeebe:calledElement processId=\"child\" bindingType=\"deployment\" /></bpmn:extensionElements></bpmn:callActivity>",
                        "x", "callActivity", "binding type 'deployment' is not supported"),
                Arguments.of("form bound to the deployment", "<bpmn:userTask id=\"x\"><bpmn:extensionElements><zeebe:userTask />"
                        + "<zeebe:formDefinition formId=\"f\" bindingType=\"deployment\" /></bpmn:extensionElements></bpmn:userTask>",
                        "x", "userTask", "form binding type 'deployment' is not supported"),
                Arguments.of("script task as a job", "<bpmn:scriptTask id=\"x\">" + JOB + "</bpmn:scriptTask>",
                        "x", "scriptTask", "zeebe:script"),
                Arguments.of("condition on a task's flow", "<bpmn:serviceTask id=\"x\">" + JOB + "</bpmn:serviceTask>"
                        + "<bpmn:sequenceFlow id=\"cf\" sourceRef=\"x\" targetRef=\"end\"><bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\">=a</bpmn:conditionExpression></bpmn:sequenceFlow>",
                        "cf", "sequenceFlow", "only supported on sequence flows leaving an exclusive gateway"),
                Arguments.of("default flow on a task", "<bpmn:serviceTask id=\"x\" default=\"f_out\">" + JOB + "</bpmn:serviceTask>",
                        "x", "serviceTask", "default flow is only supported on an exclusive gateway"),
                Arguments.of("static condition", "<bpmn:exclusiveGateway id=\"x\" default=\"f_out\" />"
                        + "<bpmn:sequenceFlow id=\"cf\" sourceRef=\"x\" targetRef=\"end\"><bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\">a &gt; 1</bpmn:conditionExpression></bpmn:sequenceFlow>",
                        "cf", "sequenceFlow", "must be a FEEL expression starting with '='"),
                Arguments.of("flow without condition from a branching exclusive gateway", "<bpmn:exclusiveGateway id=\"x\" />"
                        + "<bpmn:sequenceFlow id=\"cf\" sourceRef=\"x\" targetRef=\"end\" />",
                        "cf", "sequenceFlow", "needs a condition"),
                Arguments.of("catching error code as expression", "<bpmn:serviceTask id=\"x\">" + JOB + "</bpmn:serviceTask>"
                        + "<bpmn:boundaryEvent id=\"b\" attachedToRef=\"x\"><bpmn:errorEventDefinition id=\"ed\" errorRef=\"dyn\" /></bpmn:boundaryEvent>"
                        + "<bpmn:sequenceFlow id=\"fb\" sourceRef=\"b\" targetRef=\"end\" />",
                        "b", "boundaryEvent", "must be static"),
                Arguments.of("input mappings on a catch event", "<bpmn:intermediateCatchEvent id=\"x\"><bpmn:extensionElements><zeebe:ioMapping>"
                        + "<zeebe:input source=\"=a\" target=\"b\" /></zeebe:ioMapping></bpmn:extensionElements>"
                        + "<bpmn:messageEventDefinition id=\"md\" messageRef=\"m\" /></bpmn:intermediateCatchEvent>",
                        "x", "intermediateCatchEvent", "input mappings are not supported"),
                Arguments.of("timer cycle on an intermediate catch event", "<bpmn:intermediateCatchEvent id=\"x\">"
                        + "<bpmn:timerEventDefinition id=\"td\"><bpmn:timeCycle>R3/PT1M</bpmn:timeCycle></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>",
                        "x", "intermediateCatchEvent", "cycle"),
                Arguments.of("timer cycle on an interrupting boundary event", "<bpmn:serviceTask id=\"x\">" + JOB + "</bpmn:serviceTask>"
                        + "<bpmn:boundaryEvent id=\"b\" attachedToRef=\"x\"><bpmn:timerEventDefinition id=\"td\"><bpmn:timeCycle>R3/PT1M</bpmn:timeCycle></bpmn:timerEventDefinition></bpmn:boundaryEvent>"
                        + "<bpmn:sequenceFlow id=\"fb\" sourceRef=\"b\" targetRef=\"end\" />",
                        "b", "boundaryEvent", "cycle"),
                Arguments.of("Camunda 7 attribute", "<bpmn:serviceTask id=\"x\" camunda:asyncBefore=\"true\">" + JOB + "</bpmn:serviceTask>",
                        "x", "serviceTask", "camunda:asyncBefore"),
                Arguments.of("unknown zeebe attribute", "<bpmn:serviceTask id=\"x\" zeebe:somethingNew=\"1\">" + JOB + "</bpmn:serviceTask>",
                        "x", "serviceTask", "zeebe:somethingNew"),
                Arguments.of("extension on a gateway", "<bpmn:exclusiveGateway id=\"x\"><bpmn:extensionElements>"
                        + "<zeebe:taskHeaders><zeebe:header key=\"a\" value=\"b\" /></zeebe:taskHeaders></bpmn:extensionElements></bpmn:exclusiveGateway>",
                        "x", "exclusiveGateway", "zeebe:taskHeaders is not supported"),
                Arguments.of("missing task definition (Zeebe validator)", "<bpmn:serviceTask id=\"x\" />",
                        "x", "serviceTask", "zeebe:taskDefinition"),
                Arguments.of("static timer duration that is not ISO-8601", "<bpmn:intermediateCatchEvent id=\"x\">"
                        + "<bpmn:timerEventDefinition id=\"td\"><bpmn:timeDuration>15 minutes</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>",
                        "x", "intermediateCatchEvent", "not an ISO-8601 duration"),
                Arguments.of("static timer date without offset", "<bpmn:intermediateCatchEvent id=\"x\">"
                        + "<bpmn:timerEventDefinition id=\"td\"><bpmn:timeDate>tomorrow</bpmn:timeDate></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>",
                        "x", "intermediateCatchEvent", "not an ISO-8601 date-time"),
                Arguments.of("static retries that are not a number", "<bpmn:serviceTask id=\"x\"><bpmn:extensionElements>"
                        + "<zeebe:taskDefinition type=\"t\" retries=\"many\" /></bpmn:extensionElements></bpmn:serviceTask>",
                        "x", "serviceTask", "retries must be a whole number"),
                Arguments.of("non-interrupting error boundary event", "<bpmn:serviceTask id=\"x\">" + JOB + "</bpmn:serviceTask>"
                        + "<bpmn:boundaryEvent id=\"b\" attachedToRef=\"x\" cancelActivity=\"false\"><bpmn:errorEventDefinition id=\"ed\" errorRef=\"err\" /></bpmn:boundaryEvent>"
                        + "<bpmn:sequenceFlow id=\"fb\" sourceRef=\"b\" targetRef=\"end\" />",
                        "b", "boundaryEvent", "Non-Interrupting event of this type is not allowed"),
                Arguments.of("signal start event in an event sub-process", "<bpmn:serviceTask id=\"x\">" + JOB + "</bpmn:serviceTask>"
                        + "<bpmn:subProcess id=\"esp\" triggeredByEvent=\"true\"><bpmn:startEvent id=\"ss\"><bpmn:signalEventDefinition id=\"sd\" signalRef=\"sig\" /></bpmn:startEvent>"
                        + "<bpmn:endEvent id=\"se\" /><bpmn:sequenceFlow id=\"sf\" sourceRef=\"ss\" targetRef=\"se\" /></bpmn:subProcess>",
                        "ss", "startEvent", "signalEventDefinition' is not supported"),
                Arguments.of("escalation start event in an event sub-process", "<bpmn:serviceTask id=\"x\">" + JOB + "</bpmn:serviceTask>"
                        + "<bpmn:subProcess id=\"esp\" triggeredByEvent=\"true\"><bpmn:startEvent id=\"ss\"><bpmn:escalationEventDefinition id=\"ed\" escalationRef=\"esc\" /></bpmn:startEvent>"
                        + "<bpmn:endEvent id=\"se\" /><bpmn:sequenceFlow id=\"sf\" sourceRef=\"ss\" targetRef=\"se\" /></bpmn:subProcess>",
                        "ss", "startEvent", "escalationEventDefinition' is not supported"),
                Arguments.of("output mappings on an end event", "<bpmn:serviceTask id=\"x\">" + JOB + "</bpmn:serviceTask>"
                        + "<bpmn:sequenceFlow id=\"f2\" sourceRef=\"x\" targetRef=\"end2\" />"
                        + "<bpmn:endEvent id=\"end2\"><bpmn:extensionElements><zeebe:ioMapping><zeebe:output source=\"=a\" target=\"b\" />"
                        + "</zeebe:ioMapping></bpmn:extensionElements></bpmn:endEvent>",
                        "end2", "endEvent", "zeebe:ioMapping is not supported on endEvent"),
                Arguments.of("legacy form key", "<bpmn:userTask id=\"x\"><bpmn:extensionElements><zeebe:userTask />"
                        + "<zeebe:formDefinition formKey=\"camunda-forms:bpmn:f\" /></bpmn:extensionElements></bpmn:userTask>",
                        "x", "userTask", "formKey"),
                Arguments.of("form id as expression", "<bpmn:userTask id=\"x\"><bpmn:extensionElements><zeebe:userTask />"
                        + "<zeebe:formDefinition formId=\"=formName\" /></bpmn:extensionElements></bpmn:userTask>",
                        "x", "userTask", "formId must be a static form id"),
                Arguments.of("foreign extension element", "<bpmn:serviceTask id=\"x\"><bpmn:extensionElements><zeebe:taskDefinition type=\"t\" />"
                        + "<acme:retryPolicy xmlns:acme=\"http://acme.example/bpmn\" /></bpmn:extensionElements></bpmn:serviceTask>",
                        "x", "serviceTask", "{http://acme.example/bpmn}retryPolicy is not supported"),
                Arguments.of("Camunda 7 extension element", "<bpmn:serviceTask id=\"x\"><bpmn:extensionElements><zeebe:taskDefinition type=\"t\" />"
                        + "<camunda:failedJobRetryTimeCycle>R3/PT1M</camunda:failedJobRetryTimeCycle></bpmn:extensionElements></bpmn:serviceTask>",
                        "x", "serviceTask", "Camunda 7 element camunda:failedJobRetryTimeCycle"),
                Arguments.of("io mapping on an event sub-process", "<bpmn:serviceTask id=\"x\">" + JOB + "</bpmn:serviceTask>"
                        + "<bpmn:subProcess id=\"esp\" triggeredByEvent=\"true\"><bpmn:extensionElements><zeebe:ioMapping><zeebe:input source=\"=a\" target=\"b\" />"
                        + "</zeebe:ioMapping></bpmn:extensionElements><bpmn:startEvent id=\"ss\"><bpmn:messageEventDefinition id=\"md\" messageRef=\"m\" /></bpmn:startEvent>"
                        + "<bpmn:endEvent id=\"se\" /><bpmn:sequenceFlow id=\"sf\" sourceRef=\"ss\" targetRef=\"se\" /></bpmn:subProcess>",
                        "esp", "subProcess", "zeebe:ioMapping is not supported on subProcess"),
                Arguments.of("two boundary events for the same message", "<bpmn:serviceTask id=\"x\">" + JOB + "</bpmn:serviceTask>"
                        + "<bpmn:boundaryEvent id=\"b1\" attachedToRef=\"x\"><bpmn:messageEventDefinition id=\"md1\" messageRef=\"m\" /></bpmn:boundaryEvent>"
                        + "<bpmn:boundaryEvent id=\"b2\" attachedToRef=\"x\" cancelActivity=\"false\"><bpmn:messageEventDefinition id=\"md2\" messageRef=\"m\" /></bpmn:boundaryEvent>"
                        + "<bpmn:sequenceFlow id=\"fb1\" sourceRef=\"b1\" targetRef=\"end\" /><bpmn:sequenceFlow id=\"fb2\" sourceRef=\"b2\" targetRef=\"end\" />",
                        "b2", "boundaryEvent", "message name 'msg' is already used by 'b1'"),
                Arguments.of("two catch-all error boundary events", "<bpmn:serviceTask id=\"x\">" + JOB + "</bpmn:serviceTask>"
                        + "<bpmn:boundaryEvent id=\"b1\" attachedToRef=\"x\"><bpmn:errorEventDefinition id=\"ed1\" /></bpmn:boundaryEvent>"
                        + "<bpmn:boundaryEvent id=\"b2\" attachedToRef=\"x\"><bpmn:errorEventDefinition id=\"ed2\" /></bpmn:boundaryEvent>"
                        + "<bpmn:sequenceFlow id=\"fb1\" sourceRef=\"b1\" targetRef=\"end\" /><bpmn:sequenceFlow id=\"fb2\" sourceRef=\"b2\" targetRef=\"end\" />",
                        "b2", "boundaryEvent", "catching every error is already used by 'b1'"),
                Arguments.of("two event sub-processes for the same error code", "<bpmn:serviceTask id=\"x\">" + JOB + "</bpmn:serviceTask>"
                        + "<bpmn:subProcess id=\"e1\" triggeredByEvent=\"true\"><bpmn:startEvent id=\"s1\"><bpmn:errorEventDefinition id=\"ed1\" errorRef=\"err\" /></bpmn:startEvent>"
                        + "<bpmn:endEvent id=\"n1\" /><bpmn:sequenceFlow id=\"q1\" sourceRef=\"s1\" targetRef=\"n1\" /></bpmn:subProcess>"
                        + "<bpmn:subProcess id=\"e2\" triggeredByEvent=\"true\"><bpmn:startEvent id=\"s2\"><bpmn:errorEventDefinition id=\"ed2\" errorRef=\"err\" /></bpmn:startEvent>"
                        + "<bpmn:endEvent id=\"n2\" /><bpmn:sequenceFlow id=\"q2\" sourceRef=\"s2\" targetRef=\"n2\" /></bpmn:subProcess>",
                        "s2", "startEvent", "error code 'E1' is already used by 's1'"),
                Arguments.of("event-based gateway waiting twice for one message", "<bpmn:eventBasedGateway id=\"x\" />"
                        + "<bpmn:intermediateCatchEvent id=\"c1\"><bpmn:messageEventDefinition id=\"md1\" messageRef=\"m\" /></bpmn:intermediateCatchEvent>"
                        + "<bpmn:intermediateCatchEvent id=\"c2\"><bpmn:messageEventDefinition id=\"md2\" messageRef=\"m\" /></bpmn:intermediateCatchEvent>"
                        + "<bpmn:sequenceFlow id=\"g1\" sourceRef=\"x\" targetRef=\"c1\" /><bpmn:sequenceFlow id=\"g2\" sourceRef=\"x\" targetRef=\"c2\" />"
                        + "<bpmn:sequenceFlow id=\"h1\" sourceRef=\"c1\" targetRef=\"end\" /><bpmn:sequenceFlow id=\"h2\" sourceRef=\"c2\" targetRef=\"end\" />",
                        "c2", "intermediateCatchEvent", "message name 'msg' is already used by 'c1'"),
                Arguments.of("end event with an outgoing flow", "<bpmn:endEvent id=\"x\" />",
                        "x", "endEvent", "must not have outgoing sequence flows"),
                Arguments.of("boundary event with an incoming flow", "<bpmn:serviceTask id=\"t\">" + JOB + "</bpmn:serviceTask>"
                        + "<bpmn:boundaryEvent id=\"x\" attachedToRef=\"t\"><bpmn:timerEventDefinition id=\"td\">"
                        + "<bpmn:timeDuration>PT1M</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>",
                        "x", "boundaryEvent", "must not have incoming sequence flows"),
                Arguments.of("event sub-process with flows", "<bpmn:subProcess id=\"x\" triggeredByEvent=\"true\"><bpmn:startEvent id=\"s2\">"
                        + "<bpmn:messageEventDefinition id=\"md\" messageRef=\"m\" /></bpmn:startEvent><bpmn:endEvent id=\"e2\" />"
                        + "<bpmn:sequenceFlow id=\"q\" sourceRef=\"s2\" targetRef=\"e2\" /></bpmn:subProcess>",
                        "x", "subProcess", "(event sub-process) must not have incoming sequence flows"),
                Arguments.of("flow leaving a sub-process from inside", "<bpmn:subProcess id=\"x\"><bpmn:startEvent id=\"s2\" />"
                        + "<bpmn:endEvent id=\"e2\" /><bpmn:sequenceFlow id=\"q\" sourceRef=\"s2\" targetRef=\"e2\" />"
                        + "<bpmn:sequenceFlow id=\"out\" sourceRef=\"s2\" targetRef=\"end\" /></bpmn:subProcess>",
                        "out", "sequenceFlow", "must connect elements of the same (sub-)process"),
                Arguments.of("priority out of range", "<bpmn:userTask id=\"x\"><bpmn:extensionElements><zeebe:userTask />"
                        + "<zeebe:priorityDefinition priority=\"101\" /></bpmn:extensionElements></bpmn:userTask>",
                        "x", "userTask", "between 0 and 100"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void refusesNamingElementIdAndType(String what, String body, String elementId, String elementType, String message) {
        InvalidModelException error = refuse(process(body));
        assertThat(error.problems())
                .as(error.getMessage())
                .anySatisfy(p -> {
                    assertThat(p.elementId()).isEqualTo(elementId);
                    assertThat(p.elementType()).isEqualTo(elementType);
                    assertThat(p.message()).contains(message);
                });
        assertThat(error.resourceName()).isEqualTo("test.bpmn");
        assertThat(error.getMessage()).contains("'" + elementId + "' (" + elementType + ")");
    }

    @Test
    void collectsEveryInvalidExpressionOfTheResourceInOneError() {
        String messages = """
                <bpmn:message id="m2" name="=1 +">
                  <bpmn:extensionElements><zeebe:subscription correlationKey="=order." /></bpmn:extensionElements>
                </bpmn:message>
                """;
        String body = """
                <bpmn:serviceTask id="x">
                  <bpmn:extensionElements>
                    <zeebe:taskDefinition type="=&quot;a" retries="=1 1" />
                    <zeebe:ioMapping>
                      <zeebe:input source="=a +" target="b" />
                      <zeebe:output source="={x:" target="c" />
                    </zeebe:ioMapping>
                  </bpmn:extensionElements>
                </bpmn:serviceTask>
                <bpmn:boundaryEvent id="wait" attachedToRef="x" cancelActivity="false">
                  <bpmn:messageEventDefinition id="md" messageRef="m2" />
                </bpmn:boundaryEvent>
                <bpmn:boundaryEvent id="late" attachedToRef="x">
                  <bpmn:timerEventDefinition id="td"><bpmn:timeDuration>=duration(</bpmn:timeDuration></bpmn:timerEventDefinition>
                </bpmn:boundaryEvent>
                <bpmn:userTask id="u">
                  <bpmn:extensionElements>
                    <zeebe:userTask />
                    <zeebe:assignmentDefinition assignee="=)" candidateGroups="=[" />
                    <zeebe:taskSchedule dueDate="=now() +" />
                  </bpmn:extensionElements>
                </bpmn:userTask>
                <bpmn:scriptTask id="s">
                  <bpmn:extensionElements><zeebe:script expression="=for x in" resultVariable="r" /></bpmn:extensionElements>
                </bpmn:scriptTask>
                <bpmn:callActivity id="c">
                  <bpmn:extensionElements><zeebe:calledElement processId="=&quot;child" /></bpmn:extensionElements>
                </bpmn:callActivity>
                <bpmn:exclusiveGateway id="g" default="f_g_end" />
                <bpmn:sequenceFlow id="f_x_g" sourceRef="x" targetRef="g" />
                <bpmn:sequenceFlow id="f_g_end" sourceRef="g" targetRef="end" />
                <bpmn:sequenceFlow id="f_g_u" sourceRef="g" targetRef="u">
                  <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">=total &gt;</bpmn:conditionExpression>
                </bpmn:sequenceFlow>
                <bpmn:sequenceFlow id="f_u_s" sourceRef="u" targetRef="s" />
                <bpmn:sequenceFlow id="f_s_c" sourceRef="s" targetRef="c" />
                <bpmn:sequenceFlow id="f_wait" sourceRef="wait" targetRef="end" />
                <bpmn:sequenceFlow id="f_late" sourceRef="late" targetRef="end" />
                """.replace("f_out\" sourceRef=\"x\"", "unused\" sourceRef=\"x\"");
        InvalidModelException error = refuse(process(messages, body));
        List<String> invalid = error.problems().stream()
                .filter(p -> p.message().contains("is not valid FEEL"))
                .map(p -> p.elementId() + ":" + p.message().substring(0, p.message().indexOf(" '")))
                .toList();
        assertThat(invalid).contains(
                "m2:message name", "m2:zeebe:subscription: correlationKey",
                "x:zeebe:taskDefinition: job type", "x:zeebe:taskDefinition: retries",
                "x:zeebe:input: mapping source", "x:zeebe:output: mapping source",
                "late:timer duration",
                "u:zeebe:assignmentDefinition: assignee", "u:zeebe:assignmentDefinition: candidateGroups",
                "u:zeebe:taskSchedule: dueDate",
                "s:zeebe:script: script expression",
                "c:zeebe:calledElement: processId",
                "f_g_u:condition");
        assertThat(error.getMessage()).contains("problems").contains("failed to parse expression");
    }

    @Test
    void refusesAnExpressionAsNameOfAProcessMessageStartEvent() {
        byte[] xml = (HEAD + """
                  <bpmn:message id="dynamic" name="=&quot;order-&quot; + shop" />
                  <bpmn:process id="p" isExecutable="true">
                    <bpmn:startEvent id="ms"><bpmn:messageEventDefinition id="md" messageRef="dynamic" /></bpmn:startEvent>
                    <bpmn:sequenceFlow id="f" sourceRef="ms" targetRef="end" />
                    <bpmn:endEvent id="end" />
                  </bpmn:process>
                </bpmn:definitions>
                """).getBytes(StandardCharsets.UTF_8);
        assertThat(refuse(xml).problems()).anySatisfy(p -> {
            assertThat(p.elementId()).isEqualTo("ms");
            assertThat(p.elementType()).isEqualTo("startEvent");
            assertThat(p.message()).contains("must be static");
        });
    }

    @Test
    void refusesTwoNoneStartEvents() {
        byte[] xml = (HEAD + """
                  <bpmn:process id="p" isExecutable="true">
                    <bpmn:startEvent id="s1" />
                    <bpmn:startEvent id="s2" />
                  </bpmn:process>
                </bpmn:definitions>
                """).getBytes(StandardCharsets.UTF_8);
        assertThat(refuse(xml).problems()).anySatisfy(p -> {
            assertThat(p.elementId()).isIn("p", "s1", "s2");
            assertThat(p.message()).containsIgnoringCase("none start event");
        });
    }

    @Test
    void refusesAnEmbeddedJobWorkerFormOnTheProcess() {
        byte[] xml = (HEAD + """
                  <bpmn:process id="p" isExecutable="true">
                    <bpmn:extensionElements><zeebe:userTaskForm id="uf">{"components":[]}</zeebe:userTaskForm></bpmn:extensionElements>
                    <bpmn:startEvent id="s" />
                  </bpmn:process>
                </bpmn:definitions>
                """).getBytes(StandardCharsets.UTF_8);
        assertThat(refuse(xml).problems()).anySatisfy(p -> {
            assertThat(p.elementId()).isEqualTo("p");
            assertThat(p.elementType()).isEqualTo("process");
            assertThat(p.message()).contains("zeebe:userTaskForm is not supported");
        });
    }

    @Test
    void refusesSeveralUnsupportedElementsAtOnce() {
        String body = """
                <bpmn:manualTask id="x" />
                <bpmn:inclusiveGateway id="ig" />
                <bpmn:businessRuleTask id="rule" />
                <bpmn:sequenceFlow id="f_x_ig" sourceRef="x" targetRef="ig" />
                <bpmn:sequenceFlow id="f_ig_rule" sourceRef="ig" targetRef="rule" />
                """;
        InvalidModelException error = refuse(process(body));
        assertThat(error.problems()).extracting(ModelProblem::elementId).contains("x", "ig", "rule");
    }

    @Test
    void refusesAResourceWithoutExecutableProcess() {
        byte[] xml = (HEAD + """
                  <bpmn:process id="p" isExecutable="false"><bpmn:startEvent id="s" /></bpmn:process>
                </bpmn:definitions>
                """).getBytes(StandardCharsets.UTF_8);
        InvalidModelException error = refuse(xml);
        assertThat(error.problems()).singleElement().satisfies(p -> {
            assertThat(p.elementId()).isEqualTo("d");
            assertThat(p.elementType()).isEqualTo("definitions");
            assertThat(p.message()).contains("at least one executable process");
        });
    }

    @Test
    void refusesSomethingThatIsNotBpmn() {
        InvalidModelException error = refuse("<order>受注</order".getBytes(StandardCharsets.UTF_8));
        assertThat(error.problems()).singleElement().satisfies(p -> {
            assertThat(p.elementId()).isNull();
            assertThat(p.elementType()).isEqualTo("definitions");
            assertThat(p.message()).startsWith("not a readable BPMN document");
        });
        assertThat(refuse(new byte[0]).problems()).hasSize(1);
    }

    @Test
    void refusesADoctype() {
        byte[] xml = ("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY e \"x\">]>"
                + new String(process("<bpmn:serviceTask id=\"x\">" + JOB + "</bpmn:serviceTask>"), StandardCharsets.UTF_8)
                .replaceFirst("<\\?xml[^>]*>", "")).getBytes(StandardCharsets.UTF_8);
        assertThat(refuse(xml).problems()).isNotEmpty();
    }

    private static InvalidModelException refuse(byte[] xml) {
        InvalidModelException error = catchThrowableOfType(() -> PARSER.parse("test.bpmn", xml), InvalidModelException.class);
        assertThat(error).as("expected the resource to be refused").isNotNull();
        return error;
    }
}
