package jp.juchu.payment;

import java.util.Optional;
import jp.juchu.order.BundlingVeto;
import org.springframework.stereotype.Component;

/** 同梱 is refused for an order with a registered 後払い transaction: the provider bills that order as it is. */
@Component
class DeferredTransactionBundlingVeto implements BundlingVeto {

    private final DeferredPayments deferred;

    DeferredTransactionBundlingVeto(DeferredPayments deferred) {
        this.deferred = deferred;
    }

    @Override
    public Optional<String> refusal(long orderId) {
        return deferred.hasActiveTransaction(orderId)
                ? Optional.of("後払いの取引が登録済みです (取引をキャンセルしてから同梱してください)")
                : Optional.empty();
    }
}
