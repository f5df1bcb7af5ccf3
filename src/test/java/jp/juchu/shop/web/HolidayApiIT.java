package jp.juchu.shop.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.juchu.shop.BusinessCalendar;
import jp.juchu.support.ApiClient;
import jp.juchu.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class HolidayApiIT {

    private static final Charset WINDOWS_31J = Charset.forName("Windows-31J");
    private static final String HEADER = "国民の祝日・休日月日,国民の祝日・休日名称\r\n";

    @LocalServerPort
    int port;

    @Autowired
    BusinessCalendar calendar;

    private ApiClient admin;
    private JsonNode original;

    @BeforeEach
    void rememberSettings() {
        admin = ApiClient.admin(port);
        original = admin.get("/api/holidays").json();
    }

    /** Other tests (and the MariaDB suite) share the company calendar: put it back as it was. */
    @AfterEach
    void restoreSettings() {
        Map<String, Object> restore = Map.of("weeklyClosingDays", original.get("weeklyClosingDays"),
                "closedDates", original.get("closedDates"), "openDates", original.get("openDates"));
        assertThat(admin.put("/api/holidays", restore).status()).isEqualTo(200);
    }

    @Test
    void nationalHolidaysAreSeededFromTheBundledCabinetOfficeFile() {
        JsonNode holidays = admin.get("/api/holidays?year=2026").json().get("nationalHolidays");

        assertThat(holidays).extracting(h -> h.get("date").asText() + " " + h.get("name").asText())
                .contains("2026-01-01 元日", "2026-04-29 昭和の日", "2026-05-06 休日")
                .allMatch(h -> h.startsWith("2026-"));
    }

    @Test
    void withoutAYearTheHolidaysOfThisAndNextYearAreListed() {
        int thisYear = LocalDate.now(ZoneId.of("Asia/Tokyo")).getYear();
        JsonNode holidays = admin.get("/api/holidays").json().get("nationalHolidays");

        assertThat(holidays).extracting(h -> Integer.parseInt(h.get("date").asText().substring(0, 4)))
                .allMatch(year -> year == thisYear || year == thisYear + 1);
    }

    @Test
    void putReplacesWeeklyClosedAndOpenDatesAndTheCalendarFollows() {
        ApiClient.Response response = admin.put("/api/holidays", Map.of(
                "weeklyClosingDays", List.of("SUNDAY", "saturday"),
                "closedDates", List.of(Map.of("date", "2026-12-29", "note", "年末休業"), Map.of("date", "2026-12-30"),
                        Map.of("date", "2026-12-31"), Map.of("date", "2027/1/2"), Map.of("date", "2027-01-03")),
                "openDates", List.of(Map.of("date", "2026-05-06", "note", "出荷のみ営業"))));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode stored = admin.get("/api/holidays").json();
        assertThat(stored.get("weeklyClosingDays")).extracting(JsonNode::asText).containsExactly("SATURDAY", "SUNDAY");
        assertThat(stored.get("closedDates")).extracting(d -> d.get("date").asText())
                .containsExactly("2026-12-29", "2026-12-30", "2026-12-31", "2027-01-02", "2027-01-03");
        assertThat(stored.get("closedDates").get(0).get("note").asText()).isEqualTo("年末休業");
        assertThat(stored.get("openDates").get(0).get("date").asText()).isEqualTo("2026-05-06");

        assertThat(calendar.isBusinessDay(LocalDate.of(2026, 5, 6))).isTrue();
        assertThat(calendar.nextBusinessDay(LocalDate.of(2026, 5, 1))).isEqualTo(LocalDate.of(2026, 5, 6));
        assertThat(calendar.nextBusinessDay(LocalDate.of(2026, 12, 28))).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(calendar.addBusinessDays(LocalDate.of(2026, 4, 28), 2)).isEqualTo(LocalDate.of(2026, 5, 1));

        assertThat(SettingsTestUsers.operationLog(port, "休日設定").json())
                .anySatisfy(e -> assertThat(e.get("detail").asText()).contains("定休日: 土,日").contains("臨時休業日 5件"));
    }

    @Test
    void badWeekdayIsRefusedAndNothingChanges() {
        expectRefused(Map.of("weeklyClosingDays", List.of("SUNDAY", "HOLIDAY"), "closedDates", List.of(), "openDates", List.of()),
                "weeklyClosingDays", "曜日「HOLIDAY」は使用できません (MONDAY〜SUNDAY で指定してください)");
    }

    @Test
    void badDateIsRefusedWithItsPositionAndNothingChanges() {
        expectRefused(Map.of("weeklyClosingDays", List.of("MONDAY"),
                        "closedDates", List.of(Map.of("date", "2026-12-29"), Map.of("date", "2026-02-30", "note", "x"))),
                "closedDates[1].date", "臨時休業日 2件目: 日付「2026-02-30」が正しくありません (例: 2026-12-30)");
    }

    @Test
    void aDateCannotBeClosedAndOpenAtOnce() {
        expectRefused(Map.of("closedDates", List.of(Map.of("date", "2026-08-13")), "openDates", List.of(Map.of("date", "2026-08-13"))),
                "openDates[0].date", "臨時営業日 1件目: 2026-08-13 は臨時休業日にも指定されています");
    }

    @Test
    void everyDayClosedIsRefused() {
        expectRefused(Map.of("weeklyClosingDays", List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")),
                "weeklyClosingDays", "すべての曜日を定休日にすることはできません");
    }

    @Test
    void tooLongNoteIsRefused() {
        expectRefused(Map.of("closedDates", List.of(Map.of("date", "2026-08-13", "note", "長".repeat(101)))),
                "closedDates[0].note", "臨時休業日 1件目: メモは100文字以内にしてください");
    }

    @Test
    void badYearParameterIsRefused() {
        ApiClient.Response response = admin.get("/api/holidays?year=99999");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("field").asText()).isEqualTo("year");
    }

    @Test
    void uploadedFileReplacesTheYearsItCovers() {
        ApiClient.Response first = upload(HEADER + "2090/1/1,元日\r\n2090/1/9,成人の日\r\n2090/2/11,建国記念の日\r\n");
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("holidays").asInt()).isEqualTo(3);

        ApiClient.Response second = upload(HEADER + "2090/1/1,元日\r\n2090/2/12,建国記念の日\r\n");
        assertThat(second.status()).as(second.body()).isEqualTo(200);
        assertThat(second.json().get("years")).extracting(JsonNode::asInt).containsExactly(2090);

        assertThat(holidayLines(2090)).containsExactly("2090-01-01 元日", "2090-02-12 建国記念の日");
        assertThat(holidayLines(2026)).contains("2026-05-06 休日");
        assertThat(SettingsTestUsers.operationLog(port, "休日設定").json())
                .anySatisfy(e -> assertThat(e.get("action").asText() + " " + e.get("detail").asText()).isEqualTo("祝日CSV取込 2090〜2090年 2件"));
    }

    @Test
    void badUploadNamesTheLineAndChangesNothing() {
        assertThat(upload(HEADER + "2091/1/1,元日\r\n").status()).isEqualTo(200);

        ApiClient.Response response = upload(HEADER + "2091/1/1,元日\r\n2091/13/1,十三月\r\n2092/1/1,元日\r\n");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("field").asText()).isEqualTo("file");
        assertThat(response.json().get("message").asText()).isEqualTo("3行目: 日付「2091/13/1」が正しくありません (例: 2026/5/6)");
        assertThat(holidayLines(2091)).containsExactly("2091-01-01 元日");
        assertThat(holidayLines(2092)).isEmpty();
    }

    @Test
    void uploadWithoutAFileIsRefused() {
        ApiClient.Response response = MultipartUpload.post(port, "admin", ApiClient.ADMIN_PASSWORD, "/api/holidays/national", "file", "x.csv", null);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("field").asText()).isEqualTo("file");
        assertThat(response.json().get("message").asText()).isEqualTo("CSV ファイルを選択してください");
    }

    @Test
    void operatorsMayReadButNotChange() {
        String operator = SettingsTestUsers.newOperator(port);
        ApiClient asOperator = ApiClient.as(port, operator, SettingsTestUsers.OPERATOR_PASSWORD);

        assertThat(asOperator.get("/api/holidays").status()).isEqualTo(200);
        ApiClient.Response put = asOperator.put("/api/holidays", Map.of("weeklyClosingDays", List.of()));
        assertThat(put.status()).isEqualTo(403);
        assertThat(put.json().get("error").asText()).isEqualTo("forbidden");
        assertThat(MultipartUpload.post(port, operator, SettingsTestUsers.OPERATOR_PASSWORD, "/api/holidays/national", "file", "s.csv",
                (HEADER + "2093/1/1,元日\r\n").getBytes(WINDOWS_31J)).status()).isEqualTo(403);
        assertThat(holidayLines(2093)).isEmpty();
        assertThat(admin.get("/api/holidays").json()).isEqualTo(original);
    }

    private void expectRefused(Map<String, Object> body, String field, String message) {
        ApiClient.Response response = admin.put("/api/holidays", body);

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().get("field").asText()).isEqualTo(field);
        assertThat(response.json().get("message").asText()).isEqualTo(message);
        assertThat(admin.get("/api/holidays").json()).isEqualTo(original);
    }

    private ApiClient.Response upload(String csv) {
        return MultipartUpload.post(port, "admin", ApiClient.ADMIN_PASSWORD, "/api/holidays/national", "file", "syukujitsu.csv",
                csv.getBytes(WINDOWS_31J));
    }

    private List<String> holidayLines(int year) {
        List<String> lines = new ArrayList<>();
        admin.get("/api/holidays?year=" + year).json().get("nationalHolidays")
                .forEach(h -> lines.add(h.get("date").asText() + " " + h.get("name").asText()));
        return lines;
    }
}
