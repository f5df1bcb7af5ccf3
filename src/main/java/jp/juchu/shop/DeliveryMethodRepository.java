package jp.juchu.shop;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DeliveryMethodRepository extends JpaRepository<DeliveryMethod, Long> {

    Optional<DeliveryMethod> findByCode(String code);

    boolean existsByCode(String code);

    List<DeliveryMethod> findAllByOrderBySortOrderAscIdAsc();

    @Query("select coalesce(max(m.sortOrder), 0) from DeliveryMethod m")
    int maxSortOrder();
}
