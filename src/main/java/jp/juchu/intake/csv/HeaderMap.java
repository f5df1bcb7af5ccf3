package jp.juchu.intake.csv;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.juchu.core.JapaneseText;
import jp.juchu.intake.ImportIssue;
import org.apache.commons.csv.CSVRecord;

/**
 * Where each known column is in this file, found by header name. Names are compared after
 * normalisation (full-width → half-width, white space removed, a trailing parenthesised remark dropped,
 * ASCII lower-cased), so "メール差込文 (お客様へのメッセージ)" and "メール差込文" are the same column.
 * Unknown columns are ignored; missing optional columns read as empty.
 */
final class HeaderMap<C extends Enum<C> & CsvColumn> {

    private final Map<C, Integer> indexes;
    private final Map<C, String> names;
    private final int width;

    private HeaderMap(Map<C, Integer> indexes, Map<C, String> names, int width) {
        this.indexes = indexes;
        this.names = names;
        this.width = width;
    }

    static <C extends Enum<C> & CsvColumn> HeaderMap<C> of(String fileName, CSVRecord header, Class<C> columns,
            String formatName) throws UnreadableFileException {
        Map<String, Integer> positions = new HashMap<>();
        boolean undecodable = false;
        for (int i = 0; i < header.size(); i++) {
            String cell = header.get(i);
            undecodable |= cell.indexOf(CsvSource.REPLACEMENT) >= 0;
            positions.putIfAbsent(key(cell), i);
        }
        Map<C, Integer> indexes = new EnumMap<>(columns);
        Map<C, String> names = new EnumMap<>(columns);
        List<String> missing = new ArrayList<>();
        for (C column : columns.getEnumConstants()) {
            Integer index = positions.get(key(column.label()));
            for (String alias : column.aliases()) {
                if (index == null) {
                    index = positions.get(key(alias));
                }
            }
            if (index != null) {
                indexes.put(column, index);
                names.put(column, header.get(index).strip());
            } else if (column.required()) {
                missing.add(column.label());
            }
        }
        if (indexes.isEmpty() || undecodable && !missing.isEmpty()) {
            throw new UnreadableFileException(ImportIssue.ofFile(fileName, undecodable
                    ? "1行目（項目名）の文字コードを判別できません。" + formatName + "のファイル（Windows-31JまたはUTF-8）か確認してください"
                    : "1行目を" + formatName + "の項目名として認識できません。ファイルの種類とヘッダー行を確認してください"));
        }
        if (!missing.isEmpty()) {
            throw new UnreadableFileException(new ImportIssue(fileName, 1, missing.get(0), null,
                    "必須の列がありません: " + String.join("、", missing)));
        }
        return new HeaderMap<>(indexes, names, header.size());
    }

    boolean has(C column) {
        return indexes.containsKey(column);
    }

    /** Index of the column in a record, or -1 when the file has no such column. */
    int index(C column) {
        Integer index = indexes.get(column);
        return index == null ? -1 : index;
    }

    /** The column's name as written in this file's header (its canonical name when absent). */
    String name(C column) {
        return names.getOrDefault(column, column.label());
    }

    int width() {
        return width;
    }

    static String key(String headerName) {
        String normalized = JapaneseText.normalize(headerName.replace("\uFEFF", ""));
        normalized = normalized.replaceAll("\\s*\\([^()]*\\)$", "");
        return normalized.replaceAll("\\s", "").toLowerCase(Locale.ROOT);
    }
}
