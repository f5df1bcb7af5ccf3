package jp.juchu.shop;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PaymentMethodRepository extends JpaRepository<PaymentMethod, Long> {

    Optional<PaymentMethod> findByCode(String code);

    boolean existsByCode(String code);

    List<PaymentMethod> findAllByOrderBySortOrderAscIdAsc();

    @Query("select coalesce(max(m.sortOrder), 0) from PaymentMethod m")
    int maxSortOrder();
}
