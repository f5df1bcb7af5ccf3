package jp.juchu.intake;

import java.util.List;

/** An order that is not delivered because at least one of its rows is broken; every reason is listed. */
public record RejectedOrder(String orderNumber, String file, long line, List<ImportIssue> problems) {

    public RejectedOrder {
        problems = List.copyOf(problems);
    }
}
