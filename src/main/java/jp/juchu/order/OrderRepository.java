package jp.juchu.order;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface OrderRepository extends JpaRepository<Order, Long>, JpaSpecificationExecutor<Order> {

    Optional<Order> findByShopIdAndMallOrderNumber(long shopId, String mallOrderNumber);

    long countByShopId(long shopId);
}
