package jp.juchu.audit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface OperationLogEntries extends JpaRepository<OperationLogEntry, Long> {

    Page<OperationLogEntry> findAllByOrderByIdDesc(Pageable pageable);

    Page<OperationLogEntry> findByUsernameOrderByIdDesc(String username, Pageable pageable);

    Page<OperationLogEntry> findByAreaOrderByIdDesc(String area, Pageable pageable);
}
