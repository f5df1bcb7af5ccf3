package jp.juchu.shop;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ShopPaymentSettingRepository extends JpaRepository<ShopPaymentSetting, Long> {

    Optional<ShopPaymentSetting> findByShopId(long shopId);
}
