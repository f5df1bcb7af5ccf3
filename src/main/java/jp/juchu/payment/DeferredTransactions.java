package jp.juchu.payment;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface DeferredTransactions extends JpaRepository<DeferredTransaction, Long> {

    Optional<DeferredTransaction> findByOrderId(long orderId);

    Optional<DeferredTransaction> findByProviderAndShopTransactionId(DeferredProvider provider, String shopTransactionId);

    List<DeferredTransaction> findByProviderAndStatusOrderById(DeferredProvider provider, DeferredStatus status);

    List<DeferredTransaction> findByProviderAndShipmentRequestedAtIsNotNullAndShipmentReportedAtIsNullOrderById(
            DeferredProvider provider);

    List<DeferredTransaction> findAllByOrderByIdDesc(Pageable page);

    List<DeferredTransaction> findByProviderOrderByIdDesc(DeferredProvider provider, Pageable page);

    List<DeferredTransaction> findByStatusOrderByIdDesc(DeferredStatus status, Pageable page);

    List<DeferredTransaction> findByProviderAndStatusOrderByIdDesc(DeferredProvider provider, DeferredStatus status, Pageable page);
}
