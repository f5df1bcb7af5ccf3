package jp.juchu.order;

import java.util.List;
import jp.juchu.core.InvalidInputException;

/** An order entry or fix with one or more invalid fields; nothing was changed. The first problem is the headline. */
public class OrderInputRejected extends InvalidInputException {

    private final transient List<FieldProblem> problems;

    OrderInputRejected(List<FieldProblem> problems) {
        super(problems.get(0).field(), problems.get(0).message());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
