package jp.juchu.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** 国民の祝日・休日 as published by the Cabinet Office (内閣府 syukujitsu.csv). */
@Entity
@Table(name = "national_holiday")
class NationalHoliday {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "holiday_date", nullable = false, unique = true)
    private LocalDate date;

    @Column(nullable = false, length = 100)
    private String name;

    protected NationalHoliday() {
    }

    NationalHoliday(LocalDate date, String name) {
        this.date = date;
        this.name = name;
    }

    LocalDate getDate() {
        return date;
    }

    String getName() {
        return name;
    }
}
