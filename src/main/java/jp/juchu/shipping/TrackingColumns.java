package jp.juchu.shipping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.juchu.core.JapaneseText;

/**
 * Where a format's columns are in one file, found by header name: names are compared after normalisation
 * (full-width → half-width, white space removed, ASCII lower-cased), so 「お問合せ送り状Ｎｏ」 and
 * 「お問合せ送り状No」 are the same column. Unknown columns are ignored; the first of two equal names wins.
 */
final class TrackingColumns {

    /** A column the reader uses: its name in the carrier's layout, other spellings, and whether it must be there. */
    record Column(String name, List<String> aliases, boolean required) {

        static Column required(String name, String... aliases) {
            return new Column(name, List.of(aliases), true);
        }

        static Column optional(String name, String... aliases) {
            return new Column(name, List.of(aliases), false);
        }
    }

    private final Map<Column, Integer> indexes;
    private final Map<Column, String> names;
    private final List<String> missing;

    private TrackingColumns(Map<Column, Integer> indexes, Map<Column, String> names, List<String> missing) {
        this.indexes = indexes;
        this.names = names;
        this.missing = missing;
    }

    static TrackingColumns of(TrackingCsv.Line header, List<Column> columns) {
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < header.cells().size(); i++) {
            positions.putIfAbsent(key(header.cells().get(i)), i);
        }
        Map<Column, Integer> indexes = new HashMap<>();
        Map<Column, String> names = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (Column column : columns) {
            Integer index = positions.get(key(column.name()));
            for (int a = 0; index == null && a < column.aliases().size(); a++) {
                index = positions.get(key(column.aliases().get(a)));
            }
            if (index != null) {
                indexes.put(column, index);
                names.put(column, header.cells().get(index).replace("\uFEFF", "").strip());
            } else if (column.required()) {
                missing.add(column.name());
            }
        }
        return new TrackingColumns(indexes, names, List.copyOf(missing));
    }

    /** Names of required columns the header lacks, in layout order. */
    List<String> missing() {
        return missing;
    }

    boolean has(Column column) {
        return indexes.containsKey(column);
    }

    /** The cell without surrounding white space; "" when the file has no such column or the line is short. */
    String value(TrackingCsv.Line line, Column column) {
        Integer index = indexes.get(column);
        return index == null ? "" : line.cell(index).strip();
    }

    /** The column's name as this file's header spells it (the layout name when absent). */
    String name(Column column) {
        return names.getOrDefault(column, column.name());
    }

    static String key(String headerName) {
        String normalized = JapaneseText.normalize(headerName.replace("\uFEFF", ""));
        return normalized.replaceAll("\\s", "").toLowerCase(Locale.ROOT);
    }
}
