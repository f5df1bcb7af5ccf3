package jp.juchu.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One date that differs from the weekly rule: 臨時休業日 (CLOSED) or 臨時営業日 (OPEN). */
@Entity
@Table(name = "calendar_override")
class CalendarOverride {

    enum Kind { CLOSED, OPEN }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "override_date", nullable = false, unique = true)
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Kind kind;

    @Column(length = 100)
    private String note;

    protected CalendarOverride() {
    }

    CalendarOverride(LocalDate date, Kind kind, String note) {
        this.date = date;
        this.kind = kind;
        this.note = note;
    }

    LocalDate getDate() {
        return date;
    }

    Kind getKind() {
        return kind;
    }

    String getNote() {
        return note;
    }
}
