package jp.juchu.intake.csv;

import jp.juchu.core.Parsed;
import jp.juchu.core.PhoneNumber;
import jp.juchu.core.PostalCode;
import jp.juchu.core.Prefecture;
import jp.juchu.intake.ImportedAddress;

/**
 * Address and phone recognition shared by the readers. An unrecognisable postal code, prefecture or phone
 * number does not reject the order: the raw text is kept, the value is left {@code null} and a note says
 * why, so the address check stops the order at 確認待 where the operator can fix it.
 */
final class Parties {

    private Parties() {
    }

    static <C extends Enum<C> & CsvColumn> Prefecture prefecture(Row<C> row, C column, String raw) {
        if (raw == null) {
            return null;
        }
        Prefecture prefecture = Prefecture.fromName(raw).orElse(null);
        if (prefecture == null) {
            row.note(column, "都道府県「" + raw + "」を認識できません");
        }
        return prefecture;
    }

    static <C extends Enum<C> & CsvColumn> PostalCode postalCode(Row<C> row, C column, Parsed<PostalCode> parsed,
            boolean present) {
        if (present) {
            row.note(column, parsed);
        } else {
            row.note(column, "郵便番号がありません");
        }
        return parsed.value();
    }

    static <C extends Enum<C> & CsvColumn> PhoneNumber phone(Row<C> row, C column, String raw) {
        if (raw == null) {
            return null;
        }
        Parsed<PhoneNumber> parsed = PhoneNumber.parse(raw);
        row.note(column, parsed);
        return parsed.value();
    }

    static <C extends Enum<C> & CsvColumn> ImportedAddress address(Row<C> row, C postalColumn, String postalRaw,
            C prefectureColumn, String prefectureRaw, String city, String street, String building) {
        Prefecture prefecture = prefecture(row, prefectureColumn, prefectureRaw);
        PostalCode postalCode = postalRaw == null ? postalCode(row, postalColumn, Parsed.invalid("郵便番号が空です"), false)
                : postalCode(row, postalColumn, PostalCode.parse(postalRaw, prefecture), true);
        return new ImportedAddress(postalRaw, postalCode, prefectureRaw, prefecture, city, street, building);
    }

    /** Joins parts that are present with {@code separator}; {@code null} when none is. */
    static String join(String separator, String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String part : parts) {
            if (part != null) {
                sb.append(sb.isEmpty() ? "" : separator).append(part);
            }
        }
        return sb.isEmpty() ? null : sb.toString();
    }
}
