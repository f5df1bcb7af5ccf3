-- 楽天ペイ受注API pull: per shop, the end of the last successfully pulled window (注文日時).
CREATE TABLE rakuten_pull_watermark (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    shop_id BIGINT NOT NULL,
    pulled_until TIMESTAMP(6) NOT NULL,
    last_job_id BIGINT,
    updated_at TIMESTAMP(6) NOT NULL,
    CONSTRAINT uk_rakuten_pull_watermark_shop UNIQUE (shop_id)
);
