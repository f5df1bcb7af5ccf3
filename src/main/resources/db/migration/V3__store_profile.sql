-- 店舗プロフィール: one record, the company printed on 帳票 and used as ご依頼主 on 配送伝票.
-- The row exists from the start (empty), so reading it never needs a special case.
CREATE TABLE store_profile (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    company_name         VARCHAR(100) NOT NULL,
    postal_code          VARCHAR(8)   NOT NULL,
    address1             VARCHAR(100) NOT NULL,
    address2             VARCHAR(100) NOT NULL,
    address3             VARCHAR(100) NOT NULL,
    phone                VARCHAR(20)  NOT NULL,
    fax                  VARCHAR(20)  NOT NULL,
    mail                 VARCHAR(254) NOT NULL,
    english_company_name VARCHAR(100) NOT NULL,
    country              VARCHAR(60)  NOT NULL,
    english_address      VARCHAR(255) NOT NULL,
    version              BIGINT       NOT NULL DEFAULT 0
);

INSERT INTO store_profile (company_name, postal_code, address1, address2, address3, phone, fax, mail,
                           english_company_name, country, english_address, version)
VALUES ('', '', '', '', '', '', '', '', '', '', '', 0);
