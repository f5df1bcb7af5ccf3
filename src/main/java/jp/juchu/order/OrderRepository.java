package jp.juchu.order;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OrderRepository extends JpaRepository<Order, Long>, JpaSpecificationExecutor<Order> {

    Optional<Order> findByShopIdAndMallOrderNumber(long shopId, String mallOrderNumber);

    long countByShopId(long shopId);

    /** The order, locked until the transaction ends (同梱 changes several orders at once). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from Order o where o.id = :id")
    Optional<Order> findForUpdate(@Param("id") long id);

    List<Order> findByParentOrderIdOrderById(Long parentOrderId);

    @Query("select s.id, o.id from Order o join o.shipments s where s.id in :shipmentIds")
    List<Object[]> findIdsByShipmentIds(@Param("shipmentIds") Collection<Long> shipmentIds);

    @Query("select o.id from Order o where o.mallOrderNumber = :number and (:shopId is null or o.shopId = :shopId) order by o.id")
    List<Long> findIdsByMallOrderNumber(@Param("number") String number, @Param("shopId") Long shopId);

    @Query("""
            select o.id from Order o
            where o.status = :status
              and (:shopId is null or o.shopId = :shopId)
              and (:payment is null or o.paymentMethodCode = :payment)
              and (:method is null or exists (select 1 from Shipment s where s member of o.shipments and s.deliveryMethodCode = :method))
            order by o.orderedAt, o.id""")
    List<Long> findIdsForShipping(@Param("status") OrderStatus status, @Param("shopId") Long shopId,
                                  @Param("payment") String paymentMethodCode, @Param("method") String deliveryMethodCode);
}
