package jp.juchu.intake.csv;

import java.util.List;

/** A column a reader knows by header name; each mall's enum carries one {@link Spec} per column. */
interface CsvColumn {

    Spec spec();

    /** The canonical header name, used in messages when the file has no such column. */
    default String label() {
        return spec().label();
    }

    /** Other spellings seen in downloads of the same mall (beyond what header normalisation covers). */
    default List<String> aliases() {
        return spec().aliases();
    }

    /** A required column missing from the header makes the whole file unreadable. */
    default boolean required() {
        return spec().required();
    }

    record Spec(String label, boolean required, List<String> aliases) {

        static Spec of(String label, boolean required, String... aliases) {
            return new Spec(label, required, List.of(aliases));
        }
    }
}
