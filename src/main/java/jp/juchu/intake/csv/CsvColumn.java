package jp.juchu.intake.csv;

import java.util.List;

/** A column a reader knows, found in a file by any of its names (header-name mapping, any order). */
interface CsvColumn {

    /** The canonical header name, used in messages when the file has no such column. */
    String label();

    /** Other spellings seen in downloads of the same mall (beyond what header normalisation covers). */
    default List<String> aliases() {
        return List.of();
    }

    /** A required column missing from the header makes the whole file unreadable. */
    boolean required();
}
