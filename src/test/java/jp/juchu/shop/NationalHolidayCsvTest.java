package jp.juchu.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import jp.juchu.core.InvalidInputException;
import org.junit.jupiter.api.Test;

class NationalHolidayCsvTest {

    private static final String HEADER = "国民の祝日・休日月日,国民の祝日・休日名称\r\n";

    static byte[] bundledBytes() {
        try (InputStream in = NationalHolidayCsvTest.class.getResourceAsStream("/" + NationalHolidaySeeder.BUNDLED)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<NationalHolidayEntry> bundled() {
        return NationalHolidayCsv.parse(bundledBytes());
    }

    @Test
    void readsTheBundledCabinetOfficeFileInWindows31J() {
        List<NationalHolidayEntry> holidays = bundled();

        assertThat(holidays).hasSize(54);
        assertThat(holidays.get(0)).isEqualTo(new NationalHolidayEntry(LocalDate.of(2025, 1, 1), "元日"));
        assertThat(holidays).contains(
                new NationalHolidayEntry(LocalDate.of(2026, 4, 29), "昭和の日"),
                new NationalHolidayEntry(LocalDate.of(2026, 5, 6), "休日"),
                new NationalHolidayEntry(LocalDate.of(2027, 1, 11), "成人の日"));
        assertThat(holidays).extracting(h -> h.date().getYear()).containsOnly(2025, 2026, 2027);
    }

    @Test
    void theBundledFileReallyIsWindows31J() {
        byte[] bytes = bundledBytes();
        assertThat(new String(bytes, NationalHolidayCsv.WINDOWS_31J)).startsWith("国民の祝日・休日月日");
        assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContain("国民の祝日");
    }

    @Test
    void namesTheLineAndTheReasonOfABadDate() {
        byte[] csv = (HEADER + "2026/1/1,元日\r\n2026/2/30,謎の日\r\n").getBytes(NationalHolidayCsv.WINDOWS_31J);

        assertThatThrownBy(() -> NationalHolidayCsv.parse(csv))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("3行目: 日付「2026/2/30」が正しくありません (例: 2026/5/6)")
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("file");
    }

    @Test
    void rejectsDuplicatesMissingNamesMissingColumnsAndEmptyFiles() {
        assertThatThrownBy(() -> parse(HEADER + "2026/1/1,元日\r\n2026/1/1,元日\r\n")).hasMessage("3行目: 日付「2026/1/1」が重複しています");
        assertThatThrownBy(() -> parse(HEADER + "2026/1/1,\r\n")).hasMessage("2行目: 祝日の名称がありません");
        assertThatThrownBy(() -> parse(HEADER + "2026/1/1\r\n")).hasMessage("2行目: 「日付,名称」の2列が必要です");
        assertThatThrownBy(() -> parse(HEADER)).hasMessage("祝日が1件も含まれていません");
        assertThatThrownBy(() -> NationalHolidayCsv.parse(new byte[0])).hasMessageStartingWith("ファイルが空です");
    }

    @Test
    void acceptsACopyResavedAsUtf8WithBomAndBlankLines() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = (HEADER + "2031/1/1,元日\r\n\r\n2031/1/13,成人の日\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] csv = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, csv, 0, bom.length);
        System.arraycopy(body, 0, csv, bom.length, body.length);

        assertThat(NationalHolidayCsv.parse(csv)).containsExactly(
                new NationalHolidayEntry(LocalDate.of(2031, 1, 1), "元日"),
                new NationalHolidayEntry(LocalDate.of(2031, 1, 13), "成人の日"));
    }

    @Test
    void aFileWithoutHeaderIsReadFromTheFirstLine() {
        assertThat(parse("2031/1/1,元日\r\n")).containsExactly(new NationalHolidayEntry(LocalDate.of(2031, 1, 1), "元日"));
    }

    private static List<NationalHolidayEntry> parse(String text) {
        return NationalHolidayCsv.parse(text.getBytes(NationalHolidayCsv.WINDOWS_31J));
    }
}
