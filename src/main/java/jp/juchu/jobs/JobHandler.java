package jp.juchu.jobs;

/**
 * The work behind one job type. Implementations are Spring beans; a job of their {@link #type()}
 * is run by calling {@link #run(JobContext)} on a background thread. A handler must be safe to run
 * again on the same input (re-runs after a crash): imports are idempotent.
 */
public interface JobHandler {

    String type();

    /** Throwing ends the job as FAILED with the exception's message; rows reported as rejected make it PARTIAL. */
    void run(JobContext context) throws Exception;
}
