package jp.juchu.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import jp.juchu.core.InvalidInputException;
import jp.juchu.support.ApiClient;
import jp.juchu.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class JobsIT {

    @LocalServerPort
    int port;

    @Autowired
    Jobs jobs;

    @Autowired
    JobHeartbeat heartbeat;

    @Autowired
    JdbcClient jdbc;

    @Test
    void countsEachOutcomeAndEndsPartialWithAnErrorReport() throws Exception {
        long id = submit("ok\nok\ndup\nbad:金額が数値ではありません\n=cmd|' /C calc'!A0\nbad:=HYPERLINK(\"x\")");

        JsonNode job = awaitFinished(id);
        assertThat(job.path("state").asText()).isEqualTo("PARTIAL");
        assertThat(job.path("total").asInt()).isEqualTo(6);
        assertThat(job.path("processed").asInt()).isEqualTo(6);
        assertThat(job.path("imported").asInt()).isEqualTo(3);
        assertThat(job.path("duplicates").asInt()).isEqualTo(1);
        assertThat(job.path("rejected").asInt()).isEqualTo(2);
        assertThat(job.path("message").asText()).isEqualTo("テスト");
        JsonNode error = job.path("errors").get(0);
        assertThat(error.path("line").asInt()).isEqualTo(4);
        assertThat(error.path("column").asText()).isEqualTo("金額");
        assertThat(error.path("orderNumber").asText()).isEqualTo("ORDER-4");
        assertThat(error.path("message").asText()).isEqualTo("金額が数値ではありません");
        assertThat(job.path("files").findValuesAsText("name")).containsExactly("input.txt", "errors.csv");

        byte[] report = jobs.openFile(id, "errors.csv").readAllBytes();
        String text = new String(report, Charset.forName("Windows-31J"));
        assertThat(text).startsWith("行,項目,注文番号,内容\r\n")
                .contains("4,金額,ORDER-4,金額が数値ではありません\r\n")
                .contains("'=HYPERLINK");
    }

    @Test
    void theOriginalFileIsKeptAndDownloadable() throws Exception {
        long id = submit("ok");
        awaitFinished(id);
        ApiClient.Response file = ApiClient.admin(port).get("/api/jobs/" + id + "/files/input.txt");
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.body()).isEqualTo("ok");
    }

    @Test
    void aJobWithoutProblemsSucceeds() {
        JsonNode job = awaitFinished(submit("ok\nok"));
        assertThat(job.path("state").asText()).isEqualTo("SUCCEEDED");
        assertThat(job.path("errors")).isEmpty();
    }

    @Test
    void anExceptionFailsTheJobAndIsReported() {
        JsonNode job = awaitFinished(submit("ok\nboom\nok"));
        assertThat(job.path("state").asText()).isEqualTo("FAILED");
        assertThat(job.path("message").asText()).isEqualTo("ファイルを読めません (テスト)");
        assertThat(job.path("errors").get(0).path("message").asText()).isEqualTo("ファイルを読めません (テスト)");
    }

    @Test
    void aRerunProcessesTheSameFileAgain() {
        long first = submit("ok\ndup");
        awaitFinished(first);
        ApiClient.Response rerun = ApiClient.admin(port).post("/api/jobs/" + first + "/rerun", Map.of());
        assertThat(rerun.status()).isEqualTo(202);
        JsonNode again = awaitFinished(rerun.json().path("jobId").asLong());
        assertThat(again.path("rerunOf").asLong()).isEqualTo(first);
        assertThat(again.path("imported").asInt()).isEqualTo(1);
        assertThat(again.path("duplicates").asInt()).isEqualTo(1);
    }

    @Test
    void aJobAbandonedByADeadInstanceIsMarkedFailed() {
        Timestamp longAgo = Timestamp.from(Instant.now().minus(Duration.ofMinutes(10)));
        jdbc.sql("""
                INSERT INTO job_run (type, label, state, started_by, submitted_at, started_at, heartbeat_at)
                VALUES ('test.lines', 'crashed', 'RUNNING', 'admin', :t, :t, :t)""").param("t", longAgo).update();
        long id = jdbc.sql("SELECT MAX(id) FROM job_run WHERE label = 'crashed'").query(Long.class).single();

        heartbeat.failAbandonedJobs();

        JsonNode job = ApiClient.admin(port).get("/api/jobs/" + id).json();
        assertThat(job.path("state").asText()).isEqualTo("FAILED");
        assertThat(job.path("message").asText()).contains("中断");
    }

    @Test
    void aLiveJobIsNotTakenForAbandoned() {
        jdbc.sql("""
                INSERT INTO job_run (type, label, state, started_by, submitted_at, heartbeat_at)
                VALUES ('test.lines', 'alive', 'QUEUED', 'admin', :t, :t)""").param("t", Timestamp.from(Instant.now())).update();
        long id = jdbc.sql("SELECT MAX(id) FROM job_run WHERE label = 'alive'").query(Long.class).single();

        heartbeat.failAbandonedJobs();

        assertThat(jobs.require(id).getState()).isEqualTo(JobState.QUEUED);
    }

    @Test
    void unknownJobTypesAreRefused() {
        assertThatThrownBy(() -> jobs.submit(new JobRequest("no.such", "x", Map.of(), List.of())))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no.such");
    }

    @Test
    void unknownJobsAnswer404() {
        ApiClient.Response response = ApiClient.admin(port).get("/api/jobs/999999999");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().path("error").asText()).isEqualTo("not_found");
    }

    private long submit(String lines) {
        return jobs.submit(new JobRequest(LineCountingJobHandler.TYPE, "テスト取込", Map.of("note", "テスト"),
                List.of(new JobRequest.Input("input.txt", new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8))))));
    }

    private JsonNode awaitFinished(long id) {
        ApiClient api = ApiClient.admin(port);
        return await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> api.get("/api/jobs/" + id).json(), json -> List.of("SUCCEEDED", "PARTIAL", "FAILED").contains(json.path("state").asText()));
    }
}
