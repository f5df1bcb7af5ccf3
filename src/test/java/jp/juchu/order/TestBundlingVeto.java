package jp.juchu.order;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** A {@link BundlingVeto} as another module would provide it: refuses the orders a test names. */
@Component
class TestBundlingVeto implements BundlingVeto {

    static final String REASON = "テスト用の後払い取引を登録済みです";

    private final Set<Long> refused = ConcurrentHashMap.newKeySet();

    void refuse(long orderId) {
        refused.add(orderId);
    }

    @Override
    public Optional<String> refusal(long orderId) {
        return refused.contains(orderId) ? Optional.of(REASON) : Optional.empty();
    }
}
