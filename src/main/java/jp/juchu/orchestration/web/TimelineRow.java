package jp.juchu.orchestration.web;

import java.util.Arrays;
import java.util.Map;
import jp.juchu.mail.MailOutcome;
import jp.juchu.orchestration.TimelineEntry;

/** One timeline line in the operator's words: the kind, a process step's element type and states in Japanese. */
record TimelineRow(TimelineEntry entry, String kindLabel, String detail, String stateLabel) {

    private static final Map<String, String> KINDS = Map.of("PROCESS", "プロセス", "HISTORY", "履歴", "MAIL", "メール");
    private static final Map<String, String> ELEMENT_TYPES = Map.ofEntries(
            Map.entry("START_EVENT", "開始"), Map.entry("END_EVENT", "終了"), Map.entry("SERVICE_TASK", "自動処理"),
            Map.entry("USER_TASK", "タスク"), Map.entry("RECEIVE_TASK", "受信待ち"), Map.entry("SEND_TASK", "送信"),
            Map.entry("SCRIPT_TASK", "計算"), Map.entry("EXCLUSIVE_GATEWAY", "分岐"), Map.entry("PARALLEL_GATEWAY", "並行分岐"),
            Map.entry("EVENT_BASED_GATEWAY", "イベント分岐"), Map.entry("INTERMEDIATE_CATCH_EVENT", "待機"),
            Map.entry("INTERMEDIATE_THROW_EVENT", "通知"), Map.entry("BOUNDARY_EVENT", "境界イベント"),
            Map.entry("SUB_PROCESS", "サブプロセス"), Map.entry("EVENT_SUB_PROCESS", "イベントサブプロセス"),
            Map.entry("CALL_ACTIVITY", "呼び出し"));
    private static final Map<String, String> STEP_STATES = Map.of("ACTIVE", "実行中", "COMPLETED", "完了", "TERMINATED", "中止");

    static TimelineRow of(TimelineEntry entry) {
        String kind = entry.kind();
        return new TimelineRow(entry, KINDS.getOrDefault(kind, kind), "PROCESS".equals(kind) ? stepDetail(entry.detail()) : entry.detail(),
                state(kind, entry.state()));
    }

    /** e.g. {@code SERVICE_TASK (インシデント)} → {@code 自動処理 (インシデント)}. */
    private static String stepDetail(String detail) {
        if (detail == null) {
            return null;
        }
        int space = detail.indexOf(' ');
        String type = space < 0 ? detail : detail.substring(0, space);
        return ELEMENT_TYPES.getOrDefault(type, type) + (space < 0 ? "" : detail.substring(space));
    }

    private static String state(String kind, String state) {
        if (state == null) {
            return null;
        }
        if ("MAIL".equals(kind)) {
            return Arrays.stream(MailOutcome.values()).filter(o -> o.name().equals(state)).findFirst()
                    .map(MailOutcome::label).orElse(state);
        }
        return STEP_STATES.getOrDefault(state, state);
    }
}
