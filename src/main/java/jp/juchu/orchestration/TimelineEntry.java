package jp.juchu.orchestration;

import java.time.Instant;

/**
 * One line of an order's timeline: a process step (kind {@code PROCESS}), a change recorded in the order's
 * history (status moves, fixes, mails, who did what) or a mail.
 */
public record TimelineEntry(Instant at, String kind, String title, String detail, String actor, String state) {
}
