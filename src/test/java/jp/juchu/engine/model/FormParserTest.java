package jp.juchu.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class FormParserTest {

    private final FormParser parser = new FormParser();

    @Test
    void readsIdVersionTagAndKeepsTheJsonAsDeployed() throws IOException {
        byte[] json = BpmnModelParserTest.resource("/engine/review-order.form");
        FormModel form = parser.parse("review-order.form", json);
        assertThat(form.formId()).isEqualTo("review-order");
        assertThat(form.versionTag()).isEqualTo("2026-11");
        assertThat(form.schema()).isEqualTo(new String(json, StandardCharsets.UTF_8)).contains("備考");
    }

    @Test
    void versionTagIsOptional() {
        FormModel form = parser.parse("f.form", "{\"id\":\"入金消込\",\"components\":[]}".getBytes(StandardCharsets.UTF_8));
        assertThat(form.formId()).isEqualTo("入金消込");
        assertThat(form.versionTag()).isNull();
    }

    @Test
    void refusesInvalidJson() {
        assertThatThrownBy(() -> parser.parse("broken.form", "{\"id\": \"x\"".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidModelException.class)
                .hasMessageContaining("broken.form")
                .hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> parser.parse("array.form", "[1]".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidModelException.class)
                .hasMessageContaining("JSON object");
        assertThatThrownBy(() -> parser.parse("empty.form", new byte[0]))
                .isInstanceOf(InvalidModelException.class);
    }

    @Test
    void refusesAMissingOrBlankId() {
        for (String json : new String[] {"{\"components\":[]}", "{\"id\":\"  \"}", "{\"id\":42}", "{\"id\":null}"}) {
            assertThatThrownBy(() -> parser.parse("noid.form", json.getBytes(StandardCharsets.UTF_8)))
                    .as(json)
                    .isInstanceOf(InvalidModelException.class)
                    .satisfies(e -> assertThat(((InvalidModelException) e).problems()).singleElement()
                            .satisfies(p -> {
                                assertThat(p.elementType()).isEqualTo("form");
                                assertThat(p.message()).contains("form id to be present");
                            }));
        }
    }

    @Test
    void refusesAnOverlongId() {
        String json = "{\"id\":\"" + "a".repeat(FormParser.MAX_ID_LENGTH + 1) + "\"}";
        assertThatThrownBy(() -> parser.parse("long.form", json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidModelException.class)
                .hasMessageContaining("longer than");
    }
}
