/**
 * Process orchestration: the only module that talks to Camunda (embedded engine or a real cluster). It deploys
 * {@code bpmn/} and {@code forms/}, starts one {@code order-fulfillment} instance per order, relays domain events
 * as BPMN messages, runs the job workers and offers the task, incident and timeline views.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Process orchestration")
package jp.juchu.orchestration;
