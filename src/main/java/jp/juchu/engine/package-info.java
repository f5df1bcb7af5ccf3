/**
 * The embedded Camunda-8-compatible engine: serves the subset of the Camunda REST API v2 ({@code /v2/**})
 * that the Camunda Java client uses, on the application's own server. Nothing in the application
 * imports this package; the app talks to it only through {@code CamundaClient}, as to a real cluster.
 */
package jp.juchu.engine;
