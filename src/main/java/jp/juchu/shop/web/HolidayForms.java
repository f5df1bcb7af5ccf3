package jp.juchu.shop.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import jp.juchu.core.InvalidInputException;
import jp.juchu.shop.HolidayCalendarView;
import jp.juchu.shop.HolidayUpdate;
import org.springframework.web.multipart.MultipartFile;

/** Conversions between the 休日設定 screen's text areas (one date per line) and the service's types. */
final class HolidayForms {

    private HolidayForms() {
    }

    static byte[] content(MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("file", "CSV ファイルを選択してください");
        }
        return file.getBytes();
    }

    /** Lines like {@code 2026-12-30 年末休業}: the date, then optionally a space (or tab/comma) and a note. */
    static List<HolidayUpdate.DateInput> parseLines(String text) {
        List<HolidayUpdate.DateInput> result = new ArrayList<>();
        if (text == null) {
            return result;
        }
        for (String line : text.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            String[] parts = trimmed.split("[\\s,、]+", 2);
            result.add(new HolidayUpdate.DateInput(parts[0], parts.length > 1 ? parts[1] : null));
        }
        return result;
    }

    static String toLines(List<HolidayCalendarView.DatedNote> dates) {
        StringBuilder text = new StringBuilder();
        for (HolidayCalendarView.DatedNote date : dates) {
            text.append(date.date());
            if (date.note() != null) {
                text.append(' ').append(date.note());
            }
            text.append('\n');
        }
        return text.toString();
    }
}
