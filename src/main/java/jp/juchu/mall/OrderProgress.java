package jp.juchu.mall;

import java.util.Arrays;
import java.util.Optional;

/** 楽天 {@code orderProgress} codes and their RMS labels (the CSV ステータス text). */
public enum OrderProgress {
    AWAITING_CONFIRMATION(100, "注文確認待ち"),
    RAKUTEN_PROCESSING(200, "楽天処理中"),
    AWAITING_SHIPMENT(300, "発送待ち"),
    AWAITING_CHANGE(400, "変更確定待ち"),
    SHIPPED(500, "発送済"),
    PAYMENT_IN_PROGRESS(600, "支払手続き中"),
    PAYMENT_DONE(700, "支払手続き済"),
    AWAITING_CANCELLATION(800, "キャンセル確定待ち"),
    CANCELLED(900, "キャンセル確定");

    private final int code;
    private final String label;

    OrderProgress(int code, String label) {
        this.code = code;
        this.label = label;
    }

    public int code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<OrderProgress> of(Integer code) {
        return code == null ? Optional.empty() : Arrays.stream(values()).filter(p -> p.code == code).findFirst();
    }
}
