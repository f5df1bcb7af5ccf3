package jp.juchu.shop;

import java.io.IOException;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** On first start, fills the national holidays from the bundled Cabinet Office file (calendar/syukujitsu.csv). */
@Component
class NationalHolidaySeeder implements ApplicationRunner {

    static final String BUNDLED = "calendar/syukujitsu.csv";
    private static final Logger log = LoggerFactory.getLogger(NationalHolidaySeeder.class);

    private final HolidaySettings settings;

    NationalHolidaySeeder(HolidaySettings settings) {
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        try (InputStream in = new ClassPathResource(BUNDLED).getInputStream()) {
            if (settings.seedIfEmpty(in.readAllBytes())) {
                log.info("National holidays seeded from the bundled {}", BUNDLED);
            }
        }
    }
}
