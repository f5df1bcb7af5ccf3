package jp.juchu.order;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CautionCustomerRepository extends JpaRepository<CautionCustomer, Long> {

    List<CautionCustomer> findAllByOrderByIdDesc();

    List<CautionCustomer> findByActiveTrueOrderByIdDesc();
}
