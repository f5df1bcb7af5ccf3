package jp.juchu.shop;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;
import jp.juchu.core.InvalidInputException;

/** Shared checks for settings input; every failure names the field and says in Japanese what is expected. */
final class TextRules {

    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9._%+\\-!#$&'*/=?^`{|}~]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");

    private TextRules() {
    }

    static String optional(String text) {
        return text == null ? "" : text.strip();
    }

    static String required(String field, String label, String text, int maxLength) {
        String value = optional(text);
        if (value.isEmpty()) {
            throw new InvalidInputException(field, label + "を入力してください");
        }
        return maxLength(field, label, value, maxLength);
    }

    static String maxLength(String field, String label, String value, int maxLength) {
        if (value.codePointCount(0, value.length()) > maxLength) {
            throw new InvalidInputException(field, label + "は" + maxLength + "文字以内で入力してください");
        }
        return value;
    }

    static String email(String field, String label, String text) {
        String value = optional(text);
        if (value.isEmpty()) {
            return value;
        }
        if (value.length() > 254 || !EMAIL.matcher(value).matches()) {
            throw new InvalidInputException(field, label + "の形式が正しくありません (例: shop@example.jp)");
        }
        return value;
    }

    static String url(String field, String label, String text) {
        String value = optional(text);
        if (value.isEmpty()) {
            return value;
        }
        String message = label + "は http:// または https:// で始まるURLで入力してください (例: https://www.rakuten.co.jp/shop/)";
        if (value.length() > 255) {
            throw new InvalidInputException(field, label + "は255文字以内で入力してください");
        }
        try {
            URI uri = new URI(value);
            boolean web = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
            if (!web || uri.getHost() == null || !uri.getHost().contains(".")) {
                throw new InvalidInputException(field, message);
            }
        } catch (URISyntaxException e) {
            throw new InvalidInputException(field, message);
        }
        return value;
    }
}
