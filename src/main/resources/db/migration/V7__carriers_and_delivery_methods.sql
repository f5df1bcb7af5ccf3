-- 配送業者 (fixed set, editable tracking URL and label software) and 配送方法 (user-maintained).
CREATE TABLE carrier (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    code                  VARCHAR(20)  NOT NULL,
    name                  VARCHAR(50)  NOT NULL,
    tracking_url_template VARCHAR(500),
    label_software        VARCHAR(20)  NOT NULL,
    sort_order            INT          NOT NULL,
    CONSTRAINT uk_carrier_code UNIQUE (code)
);

INSERT INTO carrier (code, name, tracking_url_template, label_software, sort_order) VALUES
    ('YAMATO', 'ヤマト運輸', 'https://toi.kuronekoyamato.co.jp/cgi-bin/tneko?number00=1&number01={trackingNumber}', 'B2CLOUD', 1),
    ('SAGAWA', '佐川急便', 'https://k2k.sagawa-exp.co.jp/p/web/okurijosearch.do?okurijoNo={trackingNumber}', 'EHIDEN', 2),
    ('JAPANPOST', '日本郵便', 'https://trackings.post.japanpost.jp/services/srv/search/direct?reqCodeNo1={trackingNumber}&searchKind=S002&locale=ja', 'YUPACKPRINT', 3),
    ('SEINO', '西濃運輸', 'https://track.seino.co.jp/cgi-bin/gnpquery.pgm?GNPNO1={trackingNumber}', 'NONE', 4),
    ('FUKUYAMA', '福山通運', 'https://corp.fukutsu.co.jp/situation/tracking_no_hunt/{trackingNumber}', 'NONE', 5),
    ('OTHER', 'その他', NULL, 'NONE', 6);

CREATE TABLE delivery_method (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    code         VARCHAR(30)  NOT NULL,
    name         VARCHAR(50)  NOT NULL,
    carrier_id   BIGINT       NOT NULL,
    service_type VARCHAR(30)  NOT NULL,
    active       BOOLEAN      NOT NULL,
    sort_order   INT          NOT NULL,
    CONSTRAINT uk_delivery_method_code UNIQUE (code),
    CONSTRAINT fk_delivery_method_carrier FOREIGN KEY (carrier_id) REFERENCES carrier (id)
);

INSERT INTO delivery_method (code, name, carrier_id, service_type, active, sort_order)
    SELECT 'YAMATO_TAKKYUBIN', 'ヤマト宅急便', id, 'TAKKYUBIN', TRUE, 1 FROM carrier WHERE code = 'YAMATO';
INSERT INTO delivery_method (code, name, carrier_id, service_type, active, sort_order)
    SELECT 'YAMATO_COMPACT', '宅急便コンパクト', id, 'TAKKYUBIN_COMPACT', TRUE, 2 FROM carrier WHERE code = 'YAMATO';
INSERT INTO delivery_method (code, name, carrier_id, service_type, active, sort_order)
    SELECT 'YAMATO_NEKOPOS', 'ネコポス', id, 'NEKOPOS', TRUE, 3 FROM carrier WHERE code = 'YAMATO';
INSERT INTO delivery_method (code, name, carrier_id, service_type, active, sort_order)
    SELECT 'YAMATO_COOL_CHILLED', 'クール宅急便(冷蔵)', id, 'COOL_CHILLED', TRUE, 4 FROM carrier WHERE code = 'YAMATO';
INSERT INTO delivery_method (code, name, carrier_id, service_type, active, sort_order)
    SELECT 'YAMATO_COOL_FROZEN', 'クール宅急便(冷凍)', id, 'COOL_FROZEN', TRUE, 5 FROM carrier WHERE code = 'YAMATO';
INSERT INTO delivery_method (code, name, carrier_id, service_type, active, sort_order)
    SELECT 'SAGAWA_HIKYAKU', '佐川 飛脚宅配便', id, 'HIKYAKU', TRUE, 6 FROM carrier WHERE code = 'SAGAWA';
INSERT INTO delivery_method (code, name, carrier_id, service_type, active, sort_order)
    SELECT 'SAGAWA_COOL_CHILLED', '飛脚クール便(冷蔵)', id, 'COOL_CHILLED', FALSE, 7 FROM carrier WHERE code = 'SAGAWA';
INSERT INTO delivery_method (code, name, carrier_id, service_type, active, sort_order)
    SELECT 'JAPANPOST_YUPACK', 'ゆうパック', id, 'YUPACK', TRUE, 8 FROM carrier WHERE code = 'JAPANPOST';
INSERT INTO delivery_method (code, name, carrier_id, service_type, active, sort_order)
    SELECT 'JAPANPOST_YUPACKET', 'ゆうパケット', id, 'YUPACKET', TRUE, 9 FROM carrier WHERE code = 'JAPANPOST';
INSERT INTO delivery_method (code, name, carrier_id, service_type, active, sort_order)
    SELECT 'JAPANPOST_CLICKPOST', 'クリックポスト', id, 'CLICKPOST', TRUE, 10 FROM carrier WHERE code = 'JAPANPOST';
INSERT INTO delivery_method (code, name, carrier_id, service_type, active, sort_order)
    SELECT 'JAPANPOST_LETTERPACK', 'レターパック', id, 'LETTERPACK', FALSE, 11 FROM carrier WHERE code = 'JAPANPOST';
