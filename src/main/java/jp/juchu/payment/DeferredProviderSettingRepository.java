package jp.juchu.payment;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DeferredProviderSettingRepository extends JpaRepository<DeferredProviderSetting, Long> {

    Optional<DeferredProviderSetting> findByProvider(DeferredProvider provider);
}
