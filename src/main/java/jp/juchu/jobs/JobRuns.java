package jp.juchu.jobs;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface JobRuns extends JpaRepository<JobRun, Long> {

    Page<JobRun> findAllByOrderByIdDesc(Pageable pageable);

    Page<JobRun> findByTypeOrderByIdDesc(String type, Pageable pageable);

    List<JobRun> findByStateIn(List<JobState> states);
}
