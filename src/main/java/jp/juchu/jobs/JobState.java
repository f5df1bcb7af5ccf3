package jp.juchu.jobs;

/** Where a job is in its life: QUEUED → RUNNING → SUCCEEDED / PARTIAL (some rows rejected) / FAILED. */
public enum JobState {
    QUEUED("待機中"),
    RUNNING("実行中"),
    SUCCEEDED("正常終了"),
    PARTIAL("一部エラー"),
    FAILED("異常終了");

    private final String label;

    JobState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean finished() {
        return this == SUCCEEDED || this == PARTIAL || this == FAILED;
    }
}
