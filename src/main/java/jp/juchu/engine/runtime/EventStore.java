package jp.juchu.engine.runtime;

import java.util.List;
import java.util.Optional;
import jp.juchu.engine.ConditionalOnEmbeddedEngine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Message subscriptions, buffered messages, message start events and timers. */
@Component
@ConditionalOnEmbeddedEngine
public class EventStore {

    private final JdbcClient jdbc;

    EventStore(EngineDatabase database) {
        this.jdbc = database.jdbc();
    }

    // ---- subscriptions (owner = the element instance that waits: catch event, receive task, activity with
    // boundary events, event-based gateway, or the scope of an event sub-process)

    void insertSubscription(Rows.Subscription s) {
        jdbc.sql("""
                INSERT INTO engine_message_subscription (subscription_key, message_name, correlation_key, instance_key,
                  element_instance_key, element_id) VALUES (?, ?, ?, ?, ?, ?)""")
                .params(s.key(), s.messageName(), s.correlationKey(), s.instanceKey(), s.elementInstanceKey(),
                        s.elementId())
                .update();
    }

    List<Rows.Subscription> subscriptions(String name, String correlationKey) {
        return jdbc.sql("""
                SELECT * FROM engine_message_subscription WHERE message_name = ? AND correlation_key = ?
                ORDER BY subscription_key""")
                .params(name, correlationKey).query(EventStore::mapSubscription).list();
    }

    Optional<Rows.Subscription> subscription(long key) {
        return jdbc.sql("SELECT * FROM engine_message_subscription WHERE subscription_key = ?").param(key)
                .query(EventStore::mapSubscription).optional();
    }

    void deleteSubscription(long key) {
        jdbc.sql("DELETE FROM engine_message_subscription WHERE subscription_key = ?").param(key).update();
    }

    void deleteTriggersOf(long ownerKey) {
        jdbc.sql("DELETE FROM engine_message_subscription WHERE element_instance_key = ?").param(ownerKey).update();
        jdbc.sql("DELETE FROM engine_timer WHERE element_instance_key = ?").param(ownerKey).update();
    }

    void deleteTriggersOf(long ownerKey, String elementId) {
        jdbc.sql("DELETE FROM engine_message_subscription WHERE element_instance_key = ? AND element_id = ?")
                .params(ownerKey, elementId).update();
        jdbc.sql("DELETE FROM engine_timer WHERE element_instance_key = ? AND element_id = ?")
                .params(ownerKey, elementId).update();
    }

    public static Rows.Subscription mapSubscription(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Rows.Subscription(rs.getLong("subscription_key"), rs.getString("message_name"),
                rs.getString("correlation_key"), rs.getLong("instance_key"), rs.getLong("element_instance_key"),
                rs.getString("element_id"));
    }

    // ---- buffered messages

    Optional<Rows.Message> messageById(String name, String messageId, long now) {
        return jdbc.sql("SELECT * FROM engine_message WHERE message_name = ? AND message_id = ? AND expires_at > ?")
                .params(name, messageId, now).query(EventStore::mapMessage).optional();
    }

    void deleteExpiredMessageId(String name, String messageId, long now) {
        jdbc.sql("DELETE FROM engine_message WHERE message_name = ? AND message_id = ? AND expires_at <= ?")
                .params(name, messageId, now).update();
    }

    void insertMessage(Rows.Message m) {
        jdbc.sql("""
                INSERT INTO engine_message (message_key, message_name, correlation_key, message_id, variables, expires_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(m.key(), m.name(), m.correlationKey(), m.messageId(), m.variables(), m.expiresAt()).update();
    }

    /** The oldest live message for a subscription that was not yet correlated to this process (by BPMN id). */
    Optional<Rows.Message> bufferedFor(String name, String correlationKey, String bpmnProcessId, long now) {
        return jdbc.sql("""
                SELECT * FROM engine_message m WHERE m.message_name = ? AND m.correlation_key = ? AND m.expires_at > ?
                  AND NOT EXISTS (SELECT 1 FROM engine_message_correlated c
                                  WHERE c.message_key = m.message_key AND c.bpmn_process_id = ?)
                ORDER BY m.message_key LIMIT 1""")
                .params(name, correlationKey, now, bpmnProcessId).query(EventStore::mapMessage).optional();
    }

    /**
     * Buffered messages that an open subscription of a process they have not reached yet would take: left over
     * when the message was published while the subscription was being opened in another transaction (neither
     * saw the other uncommitted).
     */
    List<Rows.Message> stranded(long now, int limit) {
        return jdbc.sql("""
                SELECT DISTINCT m.* FROM engine_message m
                  JOIN engine_message_subscription s ON s.message_name = m.message_name AND s.correlation_key = m.correlation_key
                  JOIN engine_process_instance i ON i.instance_key = s.instance_key
                 WHERE m.expires_at > ?
                   AND NOT EXISTS (SELECT 1 FROM engine_message_correlated c
                                    WHERE c.message_key = m.message_key AND c.bpmn_process_id = i.bpmn_process_id)
                 ORDER BY m.message_key LIMIT ?""")
                .params(now, limit).query(EventStore::mapMessage).list();
    }

    boolean alreadyCorrelated(long messageKey, String bpmnProcessId) {
        return jdbc.sql("SELECT COUNT(*) FROM engine_message_correlated WHERE message_key = ? AND bpmn_process_id = ?")
                .params(messageKey, bpmnProcessId).query(Long.class).single() > 0;
    }

    void markCorrelated(long messageKey, String bpmnProcessId, long instanceKey) {
        if (!alreadyCorrelated(messageKey, bpmnProcessId)) {
            jdbc.sql("INSERT INTO engine_message_correlated (message_key, bpmn_process_id, instance_key) VALUES (?, ?, ?)")
                    .params(messageKey, bpmnProcessId, instanceKey).update();
        }
    }

    int deleteExpiredMessages(long now) {
        jdbc.sql("""
                DELETE FROM engine_message_correlated WHERE message_key IN
                  (SELECT message_key FROM engine_message WHERE expires_at <= ?)""").param(now).update();
        return jdbc.sql("DELETE FROM engine_message WHERE expires_at <= ?").param(now).update();
    }

    public static Rows.Message mapMessage(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Rows.Message(rs.getLong("message_key"), rs.getString("message_name"),
                rs.getString("correlation_key"), rs.getString("message_id"), rs.getString("variables"),
                rs.getLong("expires_at"));
    }

    // ---- message start events (latest version of each process)

    record MessageStart(long definitionKey, String messageName, String bpmnProcessId, String elementId) {
    }

    void replaceMessageStarts(String bpmnProcessId, List<MessageStart> starts) {
        jdbc.sql("DELETE FROM engine_message_start WHERE bpmn_process_id = ?").param(bpmnProcessId).update();
        for (MessageStart start : starts) {
            jdbc.sql("INSERT INTO engine_message_start (definition_key, message_name, bpmn_process_id, element_id) VALUES (?, ?, ?, ?)")
                    .params(start.definitionKey(), start.messageName(), start.bpmnProcessId(), start.elementId()).update();
        }
    }

    List<MessageStart> messageStarts(String messageName) {
        return jdbc.sql("SELECT * FROM engine_message_start WHERE message_name = ? ORDER BY definition_key")
                .param(messageName)
                .query((rs, n) -> new MessageStart(rs.getLong("definition_key"), rs.getString("message_name"),
                        rs.getString("bpmn_process_id"), rs.getString("element_id")))
                .list();
    }

    // ---- timers

    void insertTimer(Rows.Timer t) {
        jdbc.sql("""
                INSERT INTO engine_timer (timer_key, due_at, instance_key, element_instance_key, definition_key,
                  element_id, repetitions, cycle_interval) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(t.key(), t.dueAt(), t.instanceKey(), t.elementInstanceKey(), t.definitionKey(), t.elementId(),
                        t.repetitions(), t.cycleInterval())
                .update();
    }

    List<Rows.Timer> dueTimers(long now, int limit) {
        return jdbc.sql("SELECT * FROM engine_timer WHERE due_at <= ? ORDER BY due_at, timer_key LIMIT ?")
                .params(now, limit).query(EventStore::mapTimer).list();
    }

    Optional<Long> nextDue() {
        return jdbc.sql("SELECT MIN(due_at) FROM engine_timer").query((rs, n) -> (Long) rs.getObject(1, Long.class))
                .optional();
    }

    /** Removes a timer; false if another thread or node already fired it. */
    boolean take(long timerKey) {
        return jdbc.sql("DELETE FROM engine_timer WHERE timer_key = ?").param(timerKey).update() == 1;
    }

    void deleteStartTimers(String bpmnProcessId) {
        jdbc.sql("""
                DELETE FROM engine_timer WHERE instance_key IS NULL AND definition_key IN
                  (SELECT definition_key FROM engine_process_definition WHERE bpmn_process_id = ?)""")
                .param(bpmnProcessId).update();
    }

    public static Rows.Timer mapTimer(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Rows.Timer(rs.getLong("timer_key"), rs.getLong("due_at"), (Long) rs.getObject("instance_key", Long.class),
                (Long) rs.getObject("element_instance_key", Long.class), rs.getLong("definition_key"),
                rs.getString("element_id"), rs.getInt("repetitions"), rs.getString("cycle_interval"));
    }
}
