package jp.juchu.intake;

import jp.juchu.jobs.JobContext;

/**
 * What an import or pull did to each order, counted for the job's summary line and mirrored into the
 * job's counters (新規 → imported, 更新/出荷指示後の変更 → updated, 重複 → duplicates, エラー → rejected).
 */
public final class ImportTally {

    private final JobContext context;
    private int imported;
    private int updated;
    private int duplicates;
    private int flagged;
    private int skipped;
    private int rejected;

    public ImportTally(JobContext context) {
        this.context = context;
    }

    /** Counts a registration; a REJECTED outcome counts as rejected, its issues are for the caller to report. */
    public void count(ImportOutcome outcome) {
        switch (outcome.kind()) {
            case REGISTERED -> {
                imported++;
                context.imported();
            }
            case UPDATED -> {
                updated++;
                context.updated();
            }
            case FLAGGED_AFTER_EXPORT -> {
                flagged++;
                context.updated();
            }
            case UNCHANGED -> {
                duplicates++;
                context.duplicate();
            }
            case SKIPPED_CANCELLED -> skipped++;
            case REJECTED -> rejected();
        }
    }

    /** An order that never reached registration (unreadable rows, a detail the mall did not return). */
    public void rejected() {
        rejected++;
        context.rejected();
    }

    public String summary() {
        StringBuilder text = new StringBuilder("新規 " + imported + "件、更新 " + updated + "件、重複 " + duplicates
                + "件、エラー " + rejected + "件");
        if (flagged > 0) {
            text.append("、出荷指示後の変更 ").append(flagged).append("件（確認待）");
        }
        if (skipped > 0) {
            text.append("、キャンセル済みのため取り込まず ").append(skipped).append("件");
        }
        return text.toString();
    }
}
