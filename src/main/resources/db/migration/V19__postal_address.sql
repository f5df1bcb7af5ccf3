-- 郵便番号データ (Japan Post KEN_ALL.CSV, uploaded by an admin): postal code → prefecture, city, town.
-- One row per (postal code, town); replaced as a whole by each upload (one transaction).
CREATE TABLE postal_address (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    postal_code VARCHAR(7)   NOT NULL,
    prefecture  VARCHAR(10)  NOT NULL,
    city        VARCHAR(100) NOT NULL,
    town        VARCHAR(400)
);
CREATE INDEX ix_postal_address_code ON postal_address (postal_code);
CREATE INDEX ix_postal_address_city ON postal_address (prefecture, city);
