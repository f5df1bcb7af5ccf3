package jp.juchu.shop;

/** 受注進捗遷移: whether orders move through the statuses by themselves or only when an operator moves them. */
public enum ProgressMode {
    /** 自動: each step moves on as soon as its conditions (状態区分) are met. */
    AUTO("自動"),
    /** 手動: every imported order waits at 確認待 until an operator moves it. */
    MANUAL("手動");

    private final String label;

    ProgressMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
