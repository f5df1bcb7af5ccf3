-- 連携ショップ (settings module "shop").
CREATE TABLE shop (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    code       VARCHAR(20)  NOT NULL,
    mall       VARCHAR(20)  NOT NULL,
    name       VARCHAR(100) NOT NULL,
    short_name VARCHAR(20)  NOT NULL,
    version    BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_shop_code UNIQUE (code)
);
