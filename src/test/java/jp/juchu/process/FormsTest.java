package jp.juchu.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The Camunda Forms of the operator tasks: Modeler-compatible, Japanese labels, English variable keys. */
class FormsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Read-only facts the process puts into variables for the forms (provided by {@code order.check} etc.). */
    private static final Set<String> FACTS = Set.of("orderNumber", "paymentMethodName", "billingAmount",
            "flagSummary", "creditReason", "registrationError");

    private static final Set<String> INPUT_TYPES = Set.of("textfield", "textarea", "number", "datetime", "select",
            "radio", "checkbox");

    @Test
    void everyFormIsWrittenLikeCamundaModelerForCamunda88() {
        for (Path file : ProcessResources.formFiles()) {
            JsonNode form = read(file);
            assertThat(form.path("id").asText()).as(file + " id = file name")
                    .isEqualTo(file.getFileName().toString().replace(".form", ""));
            assertThat(form.path("type").asText()).isEqualTo("default");
            assertThat(form.path("schemaVersion").asInt()).as(file.toString()).isEqualTo(18);
            assertThat(form.path("executionPlatform").asText()).isEqualTo("Camunda Cloud");
            assertThat(form.path("executionPlatformVersion").asText()).startsWith("8.8");
            Set<String> ids = new HashSet<>();
            for (JsonNode component : form.path("components")) {
                assertThat(ids.add(component.path("id").asText())).as(file + " unique component ids").isTrue();
            }
        }
    }

    @Test
    void inputsHaveJapaneseLabelsAndEnglishKeysAndFactsAreReadOnly() {
        for (Path file : ProcessResources.formFiles()) {
            List<JsonNode> inputs = inputs(read(file));
            assertThat(inputs).as(file.toString()).isNotEmpty();
            for (JsonNode input : inputs) {
                String key = input.path("key").asText();
                String label = input.has("label") ? input.path("label").asText() : input.path("dateLabel").asText();
                assertThat(key).as(file + " key").matches("[a-z][A-Za-z]*");
                assertThat(ProcessResources.isJapanese(label)).as(file + " label of " + key).isTrue();
                assertThat(input.path("readonly").asBoolean()).as(file + " " + key + " read-only iff a fact")
                        .isEqualTo(FACTS.contains(key));
            }
            assertThat(inputs).as(file + " has a required decision")
                    .anyMatch(i -> i.path("validate").path("required").asBoolean());
        }
    }

    @Test
    void theTasksProduceTheVariablesTheProcessAndWorkersRead() {
        Map<String, Set<String>> outputs = Map.of(
                "review-order", Set.of("reviewConfirmed", "reviewNote"),
                "decide-progress", Set.of("progressDecision", "progressNote"),
                "reconcile-payment", Set.of("paidAmount", "paidAt", "paymentNote"),
                "register-deferred-payment", Set.of("deferredProvider", "invoiceEnclosed"),
                "handle-credit-rejection", Set.of("creditDecision", "newPaymentMethod", "creditNote"),
                "confirm-rakuten-order", Set.of("rakutenConfirmed"));
        assertThat(BpmnModelsTest.formIds()).containsExactlyInAnyOrderElementsOf(outputs.keySet());
        outputs.forEach((formId, keys) -> {
            Set<String> editable = new HashSet<>();
            inputs(read(ProcessResources.FORMS_DIR.resolve(formId + ".form"))).stream()
                    .filter(i -> !i.path("readonly").asBoolean())
                    .forEach(i -> editable.add(i.path("key").asText()));
            assertThat(editable).as(formId).containsExactlyInAnyOrderElementsOf(keys);
        });
    }

    @Test
    void choicesMatchTheValuesTheGatewaysTest() {
        assertThat(values("handle-credit-rejection", "creditDecision")).containsExactly("CANCEL", "CHANGE_PAYMENT");
        assertThat(values("decide-progress", "progressDecision")).containsExactly("PROCEED", "RECHECK");
        assertThat(values("register-deferred-payment", "deferredProvider"))
                .containsExactly("NP_ATOBARAI", "GMO_ATOBARAI", "ATOBARAI_COM", "ATODENE");
    }

    @Test
    void theNewPaymentMethodIsAskedOnlyWhenChangingIt() {
        JsonNode field = input("handle-credit-rejection", "newPaymentMethod");
        assertThat(field.path("conditional").path("hide").asText()).isEqualTo("=creditDecision != \"CHANGE_PAYMENT\"");
        assertThat(field.path("validate").path("required").asBoolean()).isTrue();
    }

    @Test
    void thePaymentDateIsOptional() {
        JsonNode paidAt = input("reconcile-payment", "paidAt");
        assertThat(paidAt.path("type").asText()).isEqualTo("datetime");
        assertThat(paidAt.path("validate").path("required").asBoolean()).isFalse();
        assertThat(input("reconcile-payment", "paidAmount").path("validate").path("required").asBoolean()).isTrue();
    }

    private static List<String> values(String formId, String key) {
        List<String> values = new ArrayList<>();
        input(formId, key).path("values").forEach(v -> values.add(v.path("value").asText()));
        return values;
    }

    private static JsonNode input(String formId, String key) {
        return inputs(read(ProcessResources.FORMS_DIR.resolve(formId + ".form"))).stream()
                .filter(i -> i.path("key").asText().equals(key)).findFirst().orElseThrow();
    }

    private static List<JsonNode> inputs(JsonNode form) {
        List<JsonNode> inputs = new ArrayList<>();
        form.path("components").forEach(c -> {
            if (INPUT_TYPES.contains(c.path("type").asText())) {
                inputs.add(c);
            }
        });
        return inputs;
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(ProcessResources.read(file));
        } catch (IOException e) {
            throw new AssertionError(file + " is not JSON", e);
        }
    }
}
