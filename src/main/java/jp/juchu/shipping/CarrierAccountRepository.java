package jp.juchu.shipping;

import org.springframework.data.jpa.repository.JpaRepository;

interface CarrierAccountRepository extends JpaRepository<CarrierAccountRecord, String> {
}
