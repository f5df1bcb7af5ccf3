-- 休日設定 (settings module "shop"): national holidays from the Cabinet Office syukujitsu.csv,
-- the company's weekly closing days (定休日) and single-date overrides (臨時休業日 / 臨時営業日).
CREATE TABLE national_holiday (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    holiday_date DATE         NOT NULL,
    name         VARCHAR(100) NOT NULL,
    CONSTRAINT uk_national_holiday_date UNIQUE (holiday_date)
);

CREATE TABLE weekly_closing_day (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    day_of_week VARCHAR(10) NOT NULL,
    CONSTRAINT uk_weekly_closing_day UNIQUE (day_of_week)
);

CREATE TABLE calendar_override (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    override_date DATE         NOT NULL,
    kind          VARCHAR(10)  NOT NULL,
    note          VARCHAR(100),
    CONSTRAINT uk_calendar_override_date UNIQUE (override_date)
);

INSERT INTO weekly_closing_day (day_of_week) VALUES ('SATURDAY');
INSERT INTO weekly_closing_day (day_of_week) VALUES ('SUNDAY');
