package jp.juchu.jobs;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface JobErrors extends JpaRepository<JobError, Long> {

    List<JobError> findByJobIdOrderById(Long jobId, Pageable pageable);

    long countByJobId(Long jobId);
}
