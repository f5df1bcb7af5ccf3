package jp.juchu.shipping;

import java.util.List;

/**
 * A tracking file as read: the good rows and the problems. A file-level problem (wrong encoding, missing column)
 * comes with no rows at all, so nothing is applied from a file that could not be read as a whole.
 */
public record TrackingFile(List<TrackingRow> rows, List<TrackingProblem> problems) {

    public TrackingFile {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }
}
