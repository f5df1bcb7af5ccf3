package jp.juchu.core;

import java.util.regex.Pattern;

/**
 * 荷物番号 (お問い合わせ番号) as the carriers print them. A shipment confirmed without a number (untracked メール便)
 * carries the operator's 指定文字列 instead ("メール便", "追跡なし", …); {@link #isTrackable} tells such text from a
 * number a carrier can look up, so nobody builds a tracking link or reports it to a 後払い service as a slip.
 */
public final class TrackingNumbers {

    /** Letters and digits only, at least six digits: 12-digit ヤマト/佐川 numbers, ゆうパック, UPU ids like AB123456789JP. */
    private static final Pattern TRACKABLE = Pattern.compile("(?=(?:[A-Za-z]*\\d){6})[0-9A-Za-z]+");

    private TrackingNumbers() {
    }

    /** The number without separators: {@code 4444-1375-8703} → {@code 444413758703}; {@code null} stays {@code null}. */
    public static String normalize(String number) {
        return number == null ? null : number.strip().replaceAll("[-\\s\\u2010-\\u2015\\u2212\\uFF0D\\u3000]", "");
    }

    /** Whether the text is a carrier's number (and not the placeholder text of an untracked parcel). */
    public static boolean isTrackable(String number) {
        String normalized = normalize(number);
        return normalized != null && TRACKABLE.matcher(normalized).matches();
    }
}
