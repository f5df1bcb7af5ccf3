package jp.juchu.intake;

import jp.juchu.core.PostalCode;
import jp.juchu.core.Prefecture;

/**
 * An address as the mall delivered it (normalised text) plus what could be recognised in it.
 * {@code postalCode} / {@code prefecture} are {@code null} when the raw value was missing or invalid; the
 * reason is then among the order's notes, and the address check will flag the order.
 */
public record ImportedAddress(String postalCodeRaw, PostalCode postalCode, String prefectureRaw,
        Prefecture prefecture, String city, String street, String building) {

    /** 東京都渋谷区渋谷9-98-1 グリーンコート305 (parts that are present, in order). */
    public String oneLine() {
        StringBuilder sb = new StringBuilder();
        for (String part : new String[] {prefectureRaw, city, street}) {
            if (part != null) {
                sb.append(part);
            }
        }
        if (building != null) {
            sb.append(sb.isEmpty() ? "" : " ").append(building);
        }
        return sb.toString();
    }
}
