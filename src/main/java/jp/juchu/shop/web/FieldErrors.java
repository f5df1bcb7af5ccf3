package jp.juchu.shop.web;

import java.util.Map;
import jp.juchu.core.DomainException;

/** Puts a refused change's message under the form field it belongs to ({@code closedDates[2].date} → {@code closedDates}). */
final class FieldErrors {

    private FieldErrors() {
    }

    static Map<String, String> of(DomainException ex) {
        String field = ex.field() == null ? "" : ex.field();
        int cut = indexOfAny(field, '[', '.');
        return Map.of(cut < 0 ? field : field.substring(0, cut), ex.getMessage());
    }

    private static int indexOfAny(String text, char a, char b) {
        int i = text.indexOf(a);
        int j = text.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }
}
