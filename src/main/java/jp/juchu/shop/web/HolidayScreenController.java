package jp.juchu.shop.web;

import java.io.IOException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.juchu.core.DomainException;
import jp.juchu.shop.HolidayCalendarView;
import jp.juchu.shop.HolidaySettings;
import jp.juchu.shop.HolidayUpdate;
import jp.juchu.shop.NationalHolidayImport;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/settings/holidays")
class HolidayScreenController {

    private final HolidaySettings settings;
    private final Clock clock;

    HolidayScreenController(HolidaySettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    @GetMapping
    String show(@RequestParam(required = false) Integer year, Model model) {
        int shown = shownYear(year);
        HolidayCalendarView view = settings.view(List.of(shown));
        model.addAttribute("weeklyClosingDays", view.weeklyClosingDays().stream().map(DayOfWeek::name).toList());
        model.addAttribute("closedDatesText", HolidayForms.toLines(view.closedDates()));
        model.addAttribute("openDatesText", HolidayForms.toLines(view.openDates()));
        return page(shown, view, model);
    }

    @PostMapping
    String save(@RequestParam(required = false) List<String> weeklyClosingDays, @RequestParam(defaultValue = "") String closedDates,
                @RequestParam(defaultValue = "") String openDates, @RequestParam(required = false) Integer year,
                Model model, RedirectAttributes redirect) {
        List<String> weekly = weeklyClosingDays == null ? List.of() : weeklyClosingDays;
        try {
            settings.replace(new HolidayUpdate(weekly, HolidayForms.parseLines(closedDates), HolidayForms.parseLines(openDates)));
        } catch (DomainException ex) {
            int shown = shownYear(year);
            model.addAttribute("fieldErrors", FieldErrors.of(ex));
            model.addAttribute("weeklyClosingDays", new ArrayList<>(weekly));
            model.addAttribute("closedDatesText", closedDates);
            model.addAttribute("openDatesText", openDates);
            return page(shown, settings.view(List.of(shown)), model);
        }
        redirect.addFlashAttribute("message", "休日設定を保存しました");
        return "redirect:/settings/holidays" + (year == null ? "" : "?year=" + year);
    }

    @PostMapping("/national")
    String upload(@RequestParam(required = false) MultipartFile file, Model model, RedirectAttributes redirect) throws IOException {
        try {
            NationalHolidayImport result = settings.importNationalHolidays(HolidayForms.content(file));
            redirect.addFlashAttribute("message", "国民の祝日を取り込みました (" + result.years().first() + "〜"
                    + result.years().last() + "年, " + result.holidays() + "件)");
        } catch (DomainException ex) {
            model.addAttribute("fieldErrors", Map.of("file", ex.getMessage()));
            return show(null, model);
        }
        return "redirect:/settings/holidays";
    }

    private String page(int year, HolidayCalendarView view, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("months", MonthCalendar.year(year, view));
        model.addAttribute("nationalHolidays", view.nationalHolidays());
        model.addAttribute("daysOfWeek", List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY));
        model.addAttribute("dayLabels", Map.of("SUNDAY", "日", "MONDAY", "月", "TUESDAY", "火", "WEDNESDAY", "水",
                "THURSDAY", "木", "FRIDAY", "金", "SATURDAY", "土"));
        return "settings/holidays";
    }

    private int shownYear(Integer year) {
        return year == null || year < 1948 || year > 2200 ? LocalDate.now(clock).getYear() : year;
    }
}
