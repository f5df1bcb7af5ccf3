package jp.juchu.shop;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AutomationSettingsRepository extends JpaRepository<AutomationSettingsRecord, Long> {

    Optional<AutomationSettingsRecord> findFirstByOrderByIdAsc();
}
