-- 受注CSV出力項目設定 (module "shipping"): user-defined CSV layouts for 出荷指示 (outsourced warehouses, label tools).
-- A column takes either a catalog field (field_key = a jp.juchu.shipping.TemplateField name) or a fixed value.
CREATE TABLE export_template (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    name        VARCHAR(50)  NOT NULL,
    description VARCHAR(200) NOT NULL,
    encoding    VARCHAR(20)  NOT NULL,
    quoting     VARCHAR(20)  NOT NULL,
    line_ending VARCHAR(10)  NOT NULL,
    header_row  BOOLEAN      NOT NULL,
    row_per     VARCHAR(20)  NOT NULL,
    updated_at  TIMESTAMP(6) NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_export_template_name UNIQUE (name)
);

CREATE TABLE export_template_column (
    template_id BIGINT       NOT NULL,
    seq         INT          NOT NULL,
    header      VARCHAR(100) NOT NULL,
    field_key   VARCHAR(40),
    fixed_value VARCHAR(200),
    max_length  INT,
    PRIMARY KEY (template_id, seq),
    CONSTRAINT fk_export_template_column_template FOREIGN KEY (template_id) REFERENCES export_template (id)
);
