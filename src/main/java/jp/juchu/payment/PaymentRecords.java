package jp.juchu.payment;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PaymentRecords extends JpaRepository<PaymentRecord, Long> {

    Optional<PaymentRecord> findByOrderId(long orderId);
}
