package jp.juchu.engine.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class EngineLogTest {

    private final Logger logger = (Logger) LoggerFactory.getLogger("jp.juchu.engine");
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();

    private final Rows.Incident incident = new Rows.Incident(11L, "JOB_NO_RETRIES", "SMTP down", 22L, "send-mail", 33L,
            44L, "order-fulfillment", 55L, "ACTIVE", 0L, "JOB");

    @BeforeEach
    void attach() {
        lines.start();
        logger.addAppender(lines);
    }

    @AfterEach
    void detach() {
        logger.detachAppender(lines);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void anIncidentCarriesItsKeysAsFieldsAndLeavesTheMdcAsItWas() {
        EngineLog.incidentRaised(incident);

        ILoggingEvent line = lines.list.get(0);
        assertThat(line.getFormattedMessage()).isEqualTo("Incident 11 (JOB_NO_RETRIES) at send-mail of instance 33: SMTP down");
        assertThat(line.getMDCPropertyMap()).containsEntry("incidentKey", "11").containsEntry("processInstanceKey", "33")
                .containsEntry("elementId", "send-mail").containsEntry("elementInstanceKey", "22")
                .containsEntry("errorType", "JOB_NO_RETRIES").containsEntry("jobKey", "55")
                .containsEntry("bpmnProcessId", "order-fulfillment");
        assertThat(MDC.getCopyOfContextMap()).isNullOrEmpty();
    }

    @Test
    void insideACommandTheLineWaitsForTheCommit() {
        TransactionSynchronizationManager.initSynchronization();

        EngineLog.incidentResolved(incident);
        assertThat(lines.list).isEmpty();

        TransactionSynchronizationManager.getSynchronizations().forEach(TransactionSynchronization::afterCommit);
        assertThat(lines.list).singleElement()
                .satisfies(line -> assertThat(line.getFormattedMessage()).endsWith("resolved"));
    }
}
