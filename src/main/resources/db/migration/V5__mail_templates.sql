-- メールテンプレート (settings module "shop"): one template per purpose for all shops (shop_code NULL)
-- or for one shop; several FREE templates may exist. Placeholders are written {{受注番号}}.
CREATE TABLE mail_template (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    purpose    VARCHAR(30)  NOT NULL,
    shop_code  VARCHAR(20),
    name       VARCHAR(100) NOT NULL,
    subject    VARCHAR(200) NOT NULL,
    body       TEXT         NOT NULL,
    updated_at TIMESTAMP(6) NOT NULL,
    version    BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX ix_mail_template_purpose ON mail_template (purpose, shop_code);

INSERT INTO mail_template (purpose, shop_code, name, subject, body, updated_at) VALUES ('ORDER_THANKS', NULL,
'注文サンクスメール (標準)',
'【{{店舗名}}】ご注文ありがとうございます (受注番号: {{受注番号}})',
'{{注文者名}} 様

このたびは{{店舗名}}をご利用いただき、誠にありがとうございます。
以下の内容でご注文を承りました。

■ご注文内容
受注番号: {{受注番号}}
注文日: {{注文日}}

{{#商品明細}}
{{商品名}} {{項目選択肢}}
  {{単価}}円 × {{数量}}個 = {{金額}}円
{{/商品明細}}

商品合計: {{商品合計}}円
送料: {{送料}}円
手数料: {{手数料}}円
ポイント利用: -{{ポイント利用}}円
合計金額: {{合計金額}}円

■お支払方法
{{支払方法}}

■お届け先
{{送付先}}

■配送方法
{{配送方法}} (お届け希望日: {{お届け希望日}})

商品の発送準備が整いましたら、あらためてご連絡いたします。
今後ともよろしくお願い申し上げます。

{{店舗署名}}
', CURRENT_TIMESTAMP);

INSERT INTO mail_template (purpose, shop_code, name, subject, body, updated_at) VALUES ('PAYMENT_CONFIRMED', NULL,
'入金確認メール (標準)',
'【{{店舗名}}】ご入金を確認いたしました (受注番号: {{受注番号}})',
'{{注文者名}} 様

このたびは{{店舗名}}をご利用いただき、誠にありがとうございます。
ご注文 (受注番号: {{受注番号}}) のご入金を確認いたしました。

ご入金額: {{合計金額}}円
出荷予定日: {{出荷予定日}}

商品を発送いたしましたら、あらためてご連絡いたします。

{{店舗署名}}
', CURRENT_TIMESTAMP);

INSERT INTO mail_template (purpose, shop_code, name, subject, body, updated_at) VALUES ('SHIPPED', NULL,
'出荷完了メール (標準)',
'【{{店舗名}}】商品を発送いたしました (受注番号: {{受注番号}})',
'{{注文者名}} 様

このたびは{{店舗名}}をご利用いただき、誠にありがとうございます。
ご注文の商品を発送いたしました。

■発送内容
受注番号: {{受注番号}}
出荷日: {{出荷日}}
配送業者: {{配送業者}}
お問い合わせ番号: {{荷物番号}}
配送状況の確認: {{追跡URL}}
※配送状況が反映されるまでお時間がかかる場合がございます。

{{#商品明細}}
{{商品名}} {{項目選択肢}} {{数量}}個
{{/商品明細}}

■お届け先
{{送付先}}

商品の到着まで今しばらくお待ちください。

{{店舗署名}}
', CURRENT_TIMESTAMP);

INSERT INTO mail_template (purpose, shop_code, name, subject, body, updated_at) VALUES ('PAYMENT_REMINDER', NULL,
'入金催促メール (標準)',
'【{{店舗名}}】ご入金のお願い (受注番号: {{受注番号}})',
'{{注文者名}} 様

{{店舗名}}でございます。
{{注文日}}にご注文いただきました商品 (受注番号: {{受注番号}}) につきまして、
本日時点でご入金の確認ができておりません。

お支払方法: {{支払方法}}
ご請求金額: {{合計金額}}円
お支払期限: {{支払期限}}

お手数ですが、期限までにお手続きをお願いいたします。
行き違いでご入金いただいている場合は、何卒ご容赦ください。

{{店舗署名}}
', CURRENT_TIMESTAMP);

INSERT INTO mail_template (purpose, shop_code, name, subject, body, updated_at) VALUES ('CREDIT_REJECTED', NULL,
'与信NGメール (標準)',
'【{{店舗名}}】お支払方法変更のお願い (受注番号: {{受注番号}})',
'{{注文者名}} 様

このたびは{{店舗名}}をご利用いただき、誠にありがとうございます。
ご注文 (受注番号: {{受注番号}}) のお支払方法「{{支払方法}}」につきまして、
後払い決済会社の審査の結果、ご利用いただけないこととなりました。
審査の内容についてはお答えいたしかねますので、ご了承ください。

大変お手数ですが、他のお支払方法への変更をお願いいたします。
本メールにご返信いただくか、下記までお問い合わせください。

ご請求金額: {{合計金額}}円

{{店舗署名}}
', CURRENT_TIMESTAMP);

INSERT INTO mail_template (purpose, shop_code, name, subject, body, updated_at) VALUES ('FREE', NULL,
'フリーメール (標準)',
'【{{店舗名}}】ご注文についてのご連絡 (受注番号: {{受注番号}})',
'{{注文者名}} 様

このたびは{{店舗名}}をご利用いただき、誠にありがとうございます。
ご注文 (受注番号: {{受注番号}}) についてご連絡いたします。

(ここにご連絡内容を記入してください)

{{店舗署名}}
', CURRENT_TIMESTAMP);
