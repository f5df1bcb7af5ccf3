/**
 * The executable model of deployed resources, built once at deployment so the runtime never reads XML again.
 *
 * <p>Contract:
 * <ul>
 *   <li>{@link jp.juchu.engine.model.BpmnModelParser#parse} turns a BPMN resource into immutable
 *       {@link jp.juchu.engine.model.ProcessModel}s (one per executable process) made of
 *       {@link jp.juchu.engine.model.ElementModel}s and {@link jp.juchu.engine.model.SequenceFlowModel}s, or
 *       throws {@link jp.juchu.engine.model.InvalidModelException} listing <em>every</em> problem (element id,
 *       element type, message). {@link jp.juchu.engine.model.FormParser} does the same for {@code .form} JSON.</li>
 *   <li>Validation: Zeebe's design-time validators, then our own refusal of anything the engine does not
 *       execute, then a FEEL parse of every {@code =} expression and a check of every static timer, date and
 *       number. Nothing is silently ignored: unknown {@code zeebe:} extensions or attributes and Camunda 7
 *       markup are refused too.</li>
 *   <li>Supported: see {@link jp.juchu.engine.model.ElementKind} and {@link jp.juchu.engine.model.EventType}.
 *       Start events: none, message, timer (date/cycle) at process level; none in a sub-process; message,
 *       timer, error in an event sub-process. End events: none, error, terminate. Intermediate catch: message,
 *       timer (duration/date). Intermediate throw: none only. Boundary: message, timer, error (interrupting or
 *       not; timer cycle only non-interrupting).</li>
 *   <li>Refused: multi-instance / loops, compensation, signal, escalation, link, conditional and cancel
 *       events, message throw and message end events, inclusive and complex gateways, business rule, manual
 *       and undefined ({@code bpmn:task}) tasks, job-worker user tasks (no {@code zeebe:userTask}), script
 *       tasks without {@code zeebe:script}, ad-hoc sub-processes, transactions, execution and task listeners,
 *       form / call activity binding types other than {@code latest}, legacy {@code formKey}, conditions on
 *       flows that do not leave an exclusive gateway, default flows on activities, io mappings on end events,
 *       gateways and event sub-processes, input mappings on catch events, flows into start / boundary events or
 *       event sub-processes, flows out of end events, flows across scopes, ambiguous triggers (the same message
 *       name or error code twice among one activity's boundary events, one scope's event sub-processes, one
 *       event-based gateway's events), expressions as message names of process start events or as caught error
 *       codes, foreign extension elements and Camunda 7 markup.</li>
 *   <li>Every attribute that may hold FEEL is kept as its <em>raw value</em> ({@code =expression} or static
 *       text); evaluate it with the matching {@code jp.juchu.engine.feel.FeelEvaluator} helper named in the
 *       accessor's documentation.</li>
 * </ul>
 */
package jp.juchu.engine.model;
