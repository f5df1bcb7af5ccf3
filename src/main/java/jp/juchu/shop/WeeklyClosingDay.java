package jp.juchu.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.DayOfWeek;

/** 定休日: a day of the week on which the company neither ships nor answers (company-wide). */
@Entity
@Table(name = "weekly_closing_day")
class WeeklyClosingDay {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "day_of_week", nullable = false, unique = true, length = 10)
    private DayOfWeek dayOfWeek;

    protected WeeklyClosingDay() {
    }

    WeeklyClosingDay(DayOfWeek dayOfWeek) {
        this.dayOfWeek = dayOfWeek;
    }

    DayOfWeek getDayOfWeek() {
        return dayOfWeek;
    }
}
