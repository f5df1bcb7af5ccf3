package jp.juchu.mail;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MailMessageRepository extends JpaRepository<MailMessage, Long> {

    Optional<MailMessage> findByIdempotencyKey(String idempotencyKey);

    /** Locks the row, so two deliveries of one message never run at the same time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from MailMessage m where m.id = :id")
    Optional<MailMessage> lockById(@Param("id") long id);

    List<MailMessage> findByOrderIdOrderByIdAsc(Long orderId);

    @Query("select m from MailMessage m where (:orderId is null or m.orderId = :orderId)"
            + " and (:status is null or m.status = :status) order by m.id desc")
    Page<MailMessage> search(@Param("orderId") Long orderId, @Param("status") MailOutcome status, Pageable pageable);
}
