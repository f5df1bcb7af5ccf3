package jp.juchu.shop;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface StoreProfileRepository extends JpaRepository<StoreProfileSettings, Long> {

    Optional<StoreProfileSettings> findFirstByOrderByIdAsc();
}
