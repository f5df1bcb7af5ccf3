package jp.juchu.order;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import jp.juchu.core.JapaneseText;
import jp.juchu.core.Parsed;
import jp.juchu.core.PhoneNumber;
import jp.juchu.core.PostalCode;
import jp.juchu.core.Prefecture;

/**
 * Collects the problems of typed order values under their paths and turns valid text into stored values:
 * normalised text ({@link JapaneseText}), postal codes as 150-0002, phone numbers in {@link PhoneNumber#formatted()}
 * form, prefectures by their official name. A postal code that does not match the prefecture is not refused
 * here: the address check flags it, as for imported orders.
 */
final class InputRules {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final List<FieldProblem> problems = new ArrayList<>();

    void problem(String field, String message) {
        problems.add(new FieldProblem(field, message));
    }

    boolean hasProblems() {
        return !problems.isEmpty();
    }

    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new OrderInputRejected(problems);
        }
    }

    String required(String path, String value, String label, int max) {
        String text = JapaneseText.normalizeToNull(value);
        if (text == null) {
            problem(path, label + "を入力してください");
            return null;
        }
        return length(path, text, label, max);
    }

    String optional(String path, String value, String label, int max) {
        String text = JapaneseText.normalizeToNull(value);
        return text == null ? null : length(path, text, label, max);
    }

    private String length(String path, String text, String label, int max) {
        if (text.length() > max) {
            problem(path, label + "は" + max + "文字以内で入力してください");
            return null;
        }
        return text;
    }

    /** A whole address: every field checked, the contact returned only when all are valid. */
    Contact contact(String path, ContactInput input, String who) {
        return contact(path, input, who, true);
    }

    /** {@code phoneRequired} is false for corrections of imported orders, whose mall may not deliver a phone number. */
    Contact contact(String path, ContactInput input, String who, boolean phoneRequired) {
        ContactInput in = input == null ? ContactInput.of(null) : input;
        int before = problems.size();
        String name = required(path + ".name", in.name(), who + "の氏名", 100);
        String kana = optional(path + ".kana", in.kana(), who + "のフリガナ", 100);
        String postal = postalCode(path + ".postalCode", in.postalCode(), who);
        String prefecture = prefecture(path + ".prefecture", in.prefecture(), who);
        String address1 = required(path + ".address1", in.address1(), who + "の住所 (市区町村・番地)", 200);
        String address2 = optional(path + ".address2", in.address2(), who + "の住所 (建物名など)", 200);
        String phone = !phoneRequired && JapaneseText.normalizeToNull(in.phone()) == null ? null
                : phone(path + ".phone", in.phone(), who);
        return problems.size() > before ? null : new Contact(name, kana, postal, prefecture, address1, address2, phone);
    }

    String postalCode(String path, String value, String who) {
        if (JapaneseText.normalizeToNull(value) == null) {
            problem(path, who + "の郵便番号を入力してください");
            return null;
        }
        Parsed<PostalCode> parsed = PostalCode.parse(value);
        if (parsed.isInvalid()) {
            problem(path, parsed.message() + " (例: 150-0002)");
            return null;
        }
        return parsed.value().formatted();
    }

    String prefecture(String path, String value, String who) {
        if (JapaneseText.normalizeToNull(value) == null) {
            problem(path, who + "の都道府県を入力してください");
            return null;
        }
        return Prefecture.fromName(value).map(Prefecture::japaneseName).orElseGet(() -> {
            problem(path, "都道府県「" + value.strip() + "」はありません (例: 東京都)");
            return null;
        });
    }

    String phone(String path, String value, String who) {
        if (JapaneseText.normalizeToNull(value) == null) {
            problem(path, who + "の電話番号を入力してください");
            return null;
        }
        Parsed<PhoneNumber> parsed = PhoneNumber.parse(value);
        if (parsed.isInvalid() || parsed.isRepaired()) {
            problem(path, parsed.isInvalid() ? parsed.message() : "電話番号は0から始まる10桁または11桁の数字で入力してください");
            return null;
        }
        return parsed.value().formatted();
    }

    String email(String path, String value) {
        String text = JapaneseText.normalizeToNull(value);
        if (text == null) {
            return null;
        }
        if (text.length() > 254 || !EMAIL.matcher(text).matches()) {
            problem(path, "メールアドレスの形式が正しくありません (例: taro@example.com)");
            return null;
        }
        return text;
    }

    Long amount(String path, String value, String label, boolean required, long max) {
        String text = JapaneseText.normalizeToNull(value);
        if (text == null) {
            if (required) {
                problem(path, label + "を入力してください");
            }
            return required ? null : 0L;
        }
        String digits = text.replace(",", "");
        if (!digits.matches("\\d{1,10}")) {
            problem(path, label + "は0以上の整数で入力してください (「" + text + "」)");
            return null;
        }
        long number = Long.parseLong(digits);
        if (number > max) {
            problem(path, label + "は" + max + "以下にしてください");
            return null;
        }
        return number;
    }

    LocalDate date(String path, String value, String label) {
        String text = JapaneseText.normalizeToNull(value);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.replace('/', '-'));
        } catch (DateTimeParseException e) {
            problem(path, label + "は yyyy-MM-dd の形式で入力してください (「" + text + "」)");
            return null;
        }
    }
}
