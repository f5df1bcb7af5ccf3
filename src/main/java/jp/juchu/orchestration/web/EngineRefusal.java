package jp.juchu.orchestration.web;

import io.camunda.client.api.command.ClientHttpException;
import io.camunda.client.api.command.ProblemException;

/** What the engine said when it refused a command: its HTTP status and detail, for the API and the screens. */
final class EngineRefusal {

    private EngineRefusal() {
    }

    static boolean isNotFound(ClientHttpException e) {
        return e.code() == 404;
    }

    static boolean isConflict(ClientHttpException e) {
        return e.code() == 409;
    }

    /** The engine's own explanation (the problem detail), or its reason phrase. */
    static String detail(ClientHttpException e) {
        return e instanceof ProblemException problem && problem.details() != null && problem.details().getDetail() != null
                ? problem.details().getDetail() : e.reason();
    }
}
