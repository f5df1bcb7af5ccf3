package jp.juchu.jobs;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface JobFiles extends JpaRepository<JobFile, Long> {

    List<JobFile> findByJobIdOrderById(Long jobId);

    Optional<JobFile> findByJobIdAndName(Long jobId, String name);

    Page<JobFile> findByRoleOrderByIdDesc(JobFile.Role role, Pageable pageable);
}
