package jp.juchu.engine.runtime;

/** A refused engine command, answered as Camunda's ProblemDetail with the given HTTP status. */
public class EngineException extends RuntimeException {

    private final int status;
    private final String title;

    public EngineException(int status, String title, String detail) {
        super(detail);
        this.status = status;
        this.title = title;
    }

    public static EngineException notFound(String detail) {
        return new EngineException(404, "NOT_FOUND", detail);
    }

    public static EngineException invalid(String detail) {
        return new EngineException(400, "INVALID_ARGUMENT", detail);
    }

    public static EngineException alreadyExists(String detail) {
        return new EngineException(409, "ALREADY_EXISTS", detail);
    }

    public static EngineException conflict(String detail) {
        return new EngineException(409, "INVALID_STATE", detail);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }
}
