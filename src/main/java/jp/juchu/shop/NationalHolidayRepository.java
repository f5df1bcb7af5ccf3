package jp.juchu.shop;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface NationalHolidayRepository extends JpaRepository<NationalHoliday, Long> {

    List<NationalHoliday> findByDateBetweenOrderByDate(LocalDate from, LocalDate to);

    @Modifying
    @Query("delete from NationalHoliday h where h.date between :from and :to")
    int deleteBetween(@Param("from") LocalDate from, @Param("to") LocalDate to);
}
