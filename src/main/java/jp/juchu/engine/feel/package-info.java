/**
 * FEEL for the embedded engine, on top of {@code org.camunda.feel:feel-engine}.
 *
 * <p>Contract:
 * <ul>
 *   <li>{@link jp.juchu.engine.feel.FeelEvaluator} is thread-safe; create one per engine and share it.
 *       It caches parsed expressions by their text.</li>
 *   <li>{@code evaluate}/{@code parse} take a bare FEEL expression (no leading {@code =}). Every other
 *       {@code evaluateXxx} method takes a <em>raw BPMN attribute value</em>: a leading {@code =} makes it
 *       a FEEL expression, anything else is a static value (the Zeebe convention).</li>
 *   <li>Variables go in as plain Java/JSON values (Map, List, String, Number, Boolean, null); results come out
 *       the same way: integral numbers as {@link java.lang.Long}, other numbers as {@link java.lang.Double},
 *       contexts as {@link java.util.LinkedHashMap}, lists as {@link java.util.ArrayList}, dates, times and
 *       durations as ISO-8601 strings.</li>
 *   <li>A missing variable evaluates to {@code null} (FEEL semantics); typed helpers then fail and name the
 *       warnings FEEL reported. Every failure is a {@link jp.juchu.engine.feel.FeelException} carrying the
 *       expression and FEEL's own message.</li>
 * </ul>
 */
package jp.juchu.engine.feel;
