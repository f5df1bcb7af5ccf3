package jp.juchu.intake.csv;

import jp.juchu.intake.ImportIssue;

/** The file as a whole cannot be read (encoding, missing header, structure broken beyond a row). */
final class UnreadableFileException extends Exception {

    private final transient ImportIssue issue;

    UnreadableFileException(ImportIssue issue) {
        super(issue.message());
        this.issue = issue;
    }

    ImportIssue issue() {
        return issue;
    }
}
