package jp.juchu.orchestration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Duration;
import jp.juchu.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;

/** The scheduled redelivery reads the event publication table on every database (on H2 its id must be a UUID). */
@IntegrationTest
class EventRedeliveryIT {

    @Autowired
    IncompleteEventPublications incomplete;

    @Autowired
    EventRedelivery redelivery;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void thePublicationIdHasTheTypeSpringModulithReadsOnThisDatabase() {
        String product = jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
        boolean h2 = "H2".equalsIgnoreCase(product);
        String type = jdbc.queryForObject("SELECT DATA_TYPE FROM INFORMATION_SCHEMA.COLUMNS WHERE UPPER(TABLE_NAME) = "
                + "'EVENT_PUBLICATION' AND UPPER(COLUMN_NAME) = 'ID'" + (h2 ? "" : " AND TABLE_SCHEMA = DATABASE()"), String.class);
        if (h2) {
            assertThat(type).isEqualToIgnoringCase("UUID");
        } else {
            assertThat(type).containsIgnoringCase("char");
        }
    }

    @Test
    void readsAndResubmitsIncompletePublications() {
        assertThatCode(() -> incomplete.resubmitIncompletePublicationsOlderThan(Duration.ofDays(3650)))
                .doesNotThrowAnyException();
        assertThatCode(redelivery::redeliver).doesNotThrowAnyException();
    }
}
