package jp.juchu.order;

import java.util.Optional;

/**
 * Another module's objection to bundling (同梱) one order, e.g. the payment module's: a 後払い transaction is
 * already registered for the order, so its billed amount must not change. Implement it as a Spring bean;
 * {@link OrderBundling} asks every such bean about the parent and each child before it changes anything
 * (all-or-nothing), and leaves vetoed orders out of the candidates. Called inside the bundling transaction:
 * read only, no side effects.
 */
public interface BundlingVeto {

    /**
     * @return why the order must not be bundled, a Japanese sentence shown after the order's name
     *         (e.g. 「NP後払いの取引を登録済みです (取引ID: …)」), or empty when there is no objection
     */
    Optional<String> refusal(long orderId);
}
