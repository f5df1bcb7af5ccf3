package jp.juchu.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import jp.juchu.engine.feel.FeelEvaluator;
import jp.juchu.engine.model.BpmnModelParser;
import jp.juchu.engine.model.ElementModel;
import jp.juchu.engine.model.ProcessModel;
import jp.juchu.engine.model.SequenceFlowModel;

/**
 * The routing flags choose exactly one way out of every decision; a missing or unknown flag matches no flow, so the
 * order becomes a visible incident instead of taking a silent default.
 */
class RoutingConditionsTest {

    private static final FeelEvaluator FEEL = new FeelEvaluator();
    private static ProcessModel process;

    @BeforeAll
    static void parse() {
        Path file = ProcessResources.BPMN_DIR.resolve("order-fulfillment.bpmn");
        process = new BpmnModelParser(FEEL).parse(file.toString(), ProcessResources.read(file)).stream()
                .filter(p -> p.bpmnProcessId().equals("order-fulfillment")).findFirst().orElseThrow();
    }

    @ParameterizedTest
    @CsvSource({
            "CARD, false, flow-settled",
            "COD, false, flow-settled",
            "MALL_SETTLED, false, flow-settled",
            "NONE, false, flow-settled",
            "PREPAID, false, flow-prepaid",
            "DEFERRED, false, flow-deferred",
            "MALL_SETTLED, true, flow-rakuten",
            "PREPAID, true, flow-rakuten",
    })
    void paymentCategoryChoosesThePath(String category, boolean mallConfirmation, String expected) {
        assertThat(route("payment-route", Map.of("paymentCategory", category, "mallConfirmationRequired", mallConfirmation)))
                .containsExactly(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"UNKNOWN", ""})
    void anUnknownPaymentCategoryMatchesNoPath(String category) {
        assertThat(route("payment-route", Map.of("paymentCategory", category, "mallConfirmationRequired", false)))
                .isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "review-needed, needsReview, true, flow-needs-review",
            "review-needed, needsReview, false, flow-no-review",
            "transition-mode, autoTransition, true, flow-auto",
            "transition-mode, autoTransition, false, flow-manual",
            "overdue-action, holdWhenOverdue, true, flow-overdue-hold",
            "overdue-action, holdWhenOverdue, false, flow-overdue-keep",
    })
    void booleanFlagsChooseOneWay(String gateway, String flag, boolean value, String expected) {
        assertThat(route(gateway, Map.of(flag, value))).containsExactly(expected);
        assertThat(route(gateway, Map.of())).as("missing " + flag).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "credit-route, creditResult, OK, flow-credit-ok",
            "credit-route, creditResult, NG, flow-credit-ng",
            "credit-route, creditResult, PENDING, flow-credit-pending",
            "credit-decision, creditDecision, CANCEL, flow-cancel-after-ng",
            "credit-decision, creditDecision, CHANGE_PAYMENT, flow-change-payment",
            "progress-decision, progressDecision, PROCEED, flow-proceed",
            "progress-decision, progressDecision, RECHECK, flow-recheck",
    })
    void decisionsChooseOneWay(String gateway, String variable, String value, String expected) {
        assertThat(route(gateway, Map.of(variable, value))).containsExactly(expected);
        assertThat(route(gateway, Map.of(variable, "?"))).as("unknown " + variable).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "PREPAID, flow-payment-confirmed-mail, flow-no-shipment-report",
            "DEFERRED, flow-thanks-mail, flow-shipment-report",
            "CARD, flow-thanks-mail, flow-no-shipment-report",
    })
    void mailsAndShipmentReportFollowThePaymentCategory(String category, String mail, String report) {
        Map<String, Object> variables = Map.of("paymentCategory", category);
        assertThat(route("ready-mail-route", variables)).containsExactly(mail);
        assertThat(route("shipment-report-route", variables)).containsExactly(report);
    }

    @ParameterizedTest
    @CsvSource({"DEFERRED, flow-cancel-deferred", "CARD, flow-cancel-no-deferred"})
    void cancellingCancelsTheDeferredTransactionOnlyForDeferredPayment(String category, String expected) {
        assertThat(route("deferred-registered", Map.of("paymentCategory", category))).containsExactly(expected);
        assertThat(route("deferred-registered", Map.of())).as("cancelled before the checks ran")
                .containsExactly("flow-cancel-no-deferred");
    }

    @ParameterizedTest
    @CsvSource({"CSV, flow-tracking-csv", "API, flow-tracking-direct", "NONE, flow-tracking-direct"})
    void aCsvLinkedShopWaitsForItsTrackingFile(String link, String expected) {
        assertThat(route("tracking-link-route", Map.of("trackingLink", link))).containsExactly(expected);
        assertThat(route("tracking-link-route", Map.of())).as("a worker that did not say").containsExactly("flow-tracking-direct");
    }

    /** The flows an exclusive gateway would take: every true condition, else its default flow. */
    private static List<String> route(String gatewayId, Map<String, Object> variables) {
        ElementModel gateway = process.element(gatewayId);
        Map<String, Object> input = new HashMap<>(variables);
        List<String> taken = new ArrayList<>();
        for (SequenceFlowModel flow : gateway.outgoing()) {
            if (flow.hasCondition() && Boolean.TRUE.equals(FEEL.evaluateOrStatic(flow.condition(), input))) {
                taken.add(flow.id());
            }
        }
        if (taken.isEmpty() && gateway.defaultFlow() != null) {
            taken.add(gateway.defaultFlow().id());
        }
        return taken;
    }
}
