package jp.juchu.orchestration.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ErrorSummaryTest {

    static final String WORKER_FAILURE = """
            io.camunda.client.exception.JobError: 入金日時「先週」を読めません
            \tat io.camunda.client.exception.CamundaError.jobError(CamundaError.java:69)
            Caused by: jp.juchu.core.InvalidInputException: 入金日時「先週」を読めません
            """;

    @Test
    void theReasonIsTheFirstLineWithoutTheExceptionClass() {
        assertThat(ErrorSummary.of(WORKER_FAILURE)).isEqualTo("入金日時「先週」を読めません");
        assertThat(ErrorSummary.hasMore(WORKER_FAILURE)).isTrue();
    }

    @Test
    void aPlainMessageStaysAsItIs() {
        assertThat(ErrorSummary.of("楽天RMSに接続できません (HTTP 503)")).isEqualTo("楽天RMSに接続できません (HTTP 503)");
        assertThat(ErrorSummary.hasMore("楽天RMSに接続できません (HTTP 503)")).isFalse();
        assertThat(ErrorSummary.of("\n  Expected result of the expression 'x' to be 'BOOLEAN'\n")).isEqualTo("Expected result of the expression 'x' to be 'BOOLEAN'");
        assertThat(ErrorSummary.of(null)).isEmpty();
        assertThat(ErrorSummary.hasMore(null)).isFalse();
    }
}
