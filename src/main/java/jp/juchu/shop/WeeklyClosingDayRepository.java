package jp.juchu.shop;

import org.springframework.data.jpa.repository.JpaRepository;

interface WeeklyClosingDayRepository extends JpaRepository<WeeklyClosingDay, Long> {
}
