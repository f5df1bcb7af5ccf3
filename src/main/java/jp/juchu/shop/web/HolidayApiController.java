package jp.juchu.shop.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import jp.juchu.core.InvalidInputException;
import jp.juchu.shop.HolidayCalendarView;
import jp.juchu.shop.HolidaySettings;
import jp.juchu.shop.HolidayUpdate;
import jp.juchu.shop.NationalHolidayImport;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/holidays")
class HolidayApiController {

    private final HolidaySettings settings;
    private final Clock clock;

    HolidayApiController(HolidaySettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** National holidays of {@code year}, or of this year and the next when no year is given. */
    @GetMapping
    HolidayCalendarView get(@RequestParam(required = false) Integer year) {
        return settings.view(years(year, clock));
    }

    @PutMapping
    HolidayCalendarView replace(@RequestBody HolidayUpdate update) {
        settings.replace(update);
        return settings.view(years(null, clock));
    }

    @PostMapping(path = "/national", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    NationalHolidayImport upload(@RequestParam(required = false) MultipartFile file) throws IOException {
        return settings.importNationalHolidays(HolidayForms.content(file));
    }

    static List<Integer> years(Integer year, Clock clock) {
        if (year == null) {
            int thisYear = LocalDate.now(clock).getYear();
            return List.of(thisYear, thisYear + 1);
        }
        if (year < 1948 || year > 2200) {
            throw new InvalidInputException("year", "年は1948〜2200で指定してください");
        }
        return List.of(year);
    }
}
