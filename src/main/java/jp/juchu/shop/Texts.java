package jp.juchu.shop;

import java.util.regex.Pattern;
import jp.juchu.core.InvalidInputException;

/** Input checks shared by the method catalogues. */
final class Texts {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,29}");

    private Texts() {
    }

    static String required(String value, String field, String label, int maxLength) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException(field, label + "を入力してください");
        }
        if (text.length() > maxLength) {
            throw new InvalidInputException(field, label + "は" + maxLength + "文字以内で入力してください");
        }
        return text;
    }

    static String code(String value, String label) {
        String code = value == null ? "" : value.strip();
        if (code.isEmpty()) {
            throw new InvalidInputException("code", label + "コードを入力してください");
        }
        if (!CODE.matcher(code).matches()) {
            throw new InvalidInputException("code",
                    label + "コードは英大文字で始まる30文字以内の英大文字・数字・_ で入力してください (例: MY_METHOD)");
        }
        return code;
    }

    static <E extends Enum<E>> E choice(Class<E> type, String value, String field, String message) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, message);
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException ex) {
            throw new InvalidInputException(field, message + " (「" + value.strip() + "」は選択できません)");
        }
    }
}
