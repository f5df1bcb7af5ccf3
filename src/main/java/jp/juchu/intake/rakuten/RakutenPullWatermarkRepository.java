package jp.juchu.intake.rakuten;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RakutenPullWatermarkRepository extends JpaRepository<RakutenPullWatermark, Long> {

    Optional<RakutenPullWatermark> findByShopId(long shopId);

    void deleteByShopId(long shopId);
}
