package jp.juchu.shop;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ShopRepository extends JpaRepository<Shop, Long> {

    Optional<Shop> findByCode(String code);

    boolean existsByCode(String code);

    List<Shop> findAllByOrderByCode();
}
