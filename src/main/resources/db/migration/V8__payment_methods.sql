-- 支払方法: built-in catalogue with stable codes and fixed 決済区分, plus methods added by users.
CREATE TABLE payment_method (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    code       VARCHAR(30)  NOT NULL,
    name       VARCHAR(50)  NOT NULL,
    category   VARCHAR(20)  NOT NULL,
    built_in   BOOLEAN      NOT NULL,
    sort_order INT          NOT NULL,
    CONSTRAINT uk_payment_method_code UNIQUE (code)
);

INSERT INTO payment_method (code, name, category, built_in, sort_order) VALUES
    ('CREDIT_CARD', 'クレジットカード', 'CARD', TRUE, 1),
    ('COD', '代金引換', 'COD', TRUE, 2),
    ('BANK_TRANSFER', '銀行振込', 'PREPAID', TRUE, 3),
    ('POSTAL_TRANSFER', '郵便振替', 'PREPAID', TRUE, 4),
    ('CONVENIENCE_PREPAID', 'コンビニ前払い', 'PREPAID', TRUE, 5),
    ('NP_ATOBARAI', 'NP後払い', 'DEFERRED', TRUE, 6),
    ('GMO_ATOBARAI', 'GMO後払い', 'DEFERRED', TRUE, 7),
    ('ATOBARAI_COM', '後払い.com', 'DEFERRED', TRUE, 8),
    ('ATODENE', 'ATODENE', 'DEFERRED', TRUE, 9),
    ('RAKUTEN_PAY', '楽天ペイ(楽天後払い等)', 'MALL_SETTLED', TRUE, 10),
    ('AMAZON_PAY', 'Amazon Pay', 'MALL_SETTLED', TRUE, 11),
    ('PAYPAY', 'PayPay', 'MALL_SETTLED', TRUE, 12),
    ('CARRIER_BILLING', 'キャリア決済', 'MALL_SETTLED', TRUE, 13),
    ('POINTS_ONLY', 'ポイント全額払い', 'NONE', TRUE, 14),
    ('OTHER', 'その他', 'NONE', TRUE, 15);
