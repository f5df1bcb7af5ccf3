package jp.juchu.order;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface OrderHistory extends JpaRepository<OrderHistoryEntry, Long> {

    List<OrderHistoryEntry> findByOrderIdOrderById(Long orderId);
}
