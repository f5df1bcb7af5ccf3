package jp.juchu.shop;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CalendarOverrideRepository extends JpaRepository<CalendarOverride, Long> {

    List<CalendarOverride> findAllByOrderByDate();

    List<CalendarOverride> findByDateBetween(LocalDate from, LocalDate to);
}
