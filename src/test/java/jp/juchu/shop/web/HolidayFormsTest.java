package jp.juchu.shop.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import jp.juchu.shop.HolidayCalendarView;
import jp.juchu.shop.HolidayUpdate;
import org.junit.jupiter.api.Test;

class HolidayFormsTest {

    @Test
    void readsOneDatePerLineWithAnOptionalNote() {
        assertThat(HolidayForms.parseLines("2026-12-29 年末休業\r\n\r\n  2026/12/30\t棚卸し 午後から\n2026-12-31、大晦日\n"))
                .containsExactly(
                        new HolidayUpdate.DateInput("2026-12-29", "年末休業"),
                        new HolidayUpdate.DateInput("2026/12/30", "棚卸し 午後から"),
                        new HolidayUpdate.DateInput("2026-12-31", "大晦日"));
        assertThat(HolidayForms.parseLines(null)).isEmpty();
    }

    @Test
    void writesTheSameFormatBack() {
        String text = HolidayForms.toLines(List.of(new HolidayCalendarView.DatedNote(LocalDate.of(2026, 12, 29), "年末休業"),
                new HolidayCalendarView.DatedNote(LocalDate.of(2026, 12, 30), null)));

        assertThat(text).isEqualTo("2026-12-29 年末休業\n2026-12-30\n");
        assertThat(HolidayForms.parseLines(text)).hasSize(2);
    }

    @Test
    void monthCalendarMarksWhyADayIsClosed() {
        HolidayCalendarView view = new HolidayCalendarView(List.of(java.time.DayOfWeek.SATURDAY, java.time.DayOfWeek.SUNDAY),
                List.of(new HolidayCalendarView.DatedNote(LocalDate.of(2026, 5, 1), "棚卸し")),
                List.of(new HolidayCalendarView.DatedNote(LocalDate.of(2026, 5, 6), null)),
                List.of(new jp.juchu.shop.NationalHolidayEntry(LocalDate.of(2026, 5, 5), "こどもの日"),
                        new jp.juchu.shop.NationalHolidayEntry(LocalDate.of(2026, 5, 6), "休日")));

        MonthCalendar may = MonthCalendar.year(2026, view).get(4);
        List<MonthCalendar.Day> days = may.weeks().stream().flatMap(List::stream).filter(java.util.Objects::nonNull).toList();

        assertThat(may.weeks().get(0).subList(0, 5)).containsOnlyNulls();   // 2026-05-01 is a Friday
        assertThat(days).hasSize(31);
        assertThat(days.get(0).kind()).isEqualTo("closed");
        assertThat(days.get(0).label()).isEqualTo("臨時休業日 (棚卸し)");
        assertThat(days.get(1).kind()).isEqualTo("weekly");
        assertThat(days.get(4)).isEqualTo(new MonthCalendar.Day(LocalDate.of(2026, 5, 5), "holiday", "こどもの日"));
        assertThat(days.get(5).kind()).isEqualTo("open");
        assertThat(days.get(6).kind()).isEqualTo("business");
        assertThat(may.weeks()).allSatisfy(week -> assertThat(week).hasSize(7));
    }
}
