package jp.juchu.orchestration.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import jp.juchu.orchestration.TimelineEntry;
import org.junit.jupiter.api.Test;

class TimelineRowTest {

    static final Instant AT = Instant.parse("2026-11-30T01:00:00Z");

    @Test
    void processStepsReadInJapanese() {
        TimelineRow row = TimelineRow.of(new TimelineEntry(AT, "PROCESS", "入金記録", "SERVICE_TASK (インシデント)", null, "ACTIVE"));

        assertThat(row.kindLabel()).isEqualTo("プロセス");
        assertThat(row.detail()).isEqualTo("自動処理 (インシデント)");
        assertThat(row.stateLabel()).isEqualTo("実行中");
        assertThat(TimelineRow.of(new TimelineEntry(AT, "PROCESS", "x", "NEW_KIND", null, "ODD")).detail()).isEqualTo("NEW_KIND");
    }

    @Test
    void mailsShowTheirOutcomeAndHistoryStaysAsWritten() {
        assertThat(TimelineRow.of(new TimelineEntry(AT, "MAIL", "ご注文ありがとうございます", "ORDER_THANKS → a@example.jp", null, "SENT"))
                .stateLabel()).isEqualTo("送信済");
        TimelineRow history = TimelineRow.of(new TimelineEntry(AT, "HISTORY", "進捗", "新規受付 → 入金待", "system", null));
        assertThat(history.kindLabel()).isEqualTo("履歴");
        assertThat(history.detail()).isEqualTo("新規受付 → 入金待");
        assertThat(history.stateLabel()).isNull();
    }
}
