package jp.juchu.order;

import jakarta.persistence.QueryHint;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.query.Param;

interface CautionCustomerRepository extends JpaRepository<CautionCustomer, Long> {

    List<CautionCustomer> findAllByOrderByIdDesc();

    /** Flush mode COMMIT: the order being registered is not what this reads, so it need not be flushed first. */
    @QueryHints(@QueryHint(name = "org.hibernate.flushMode", value = "COMMIT"))
    @Query("""
            select c from CautionCustomer c where c.active = true and (c.phone = :phone or c.email = :email
            or (c.nameKey = :nameKey and c.postalCode = :postalCode))""")
    List<CautionCustomer> findCandidates(@Param("phone") String phone, @Param("email") String email,
                                         @Param("nameKey") String nameKey, @Param("postalCode") String postalCode);
}
