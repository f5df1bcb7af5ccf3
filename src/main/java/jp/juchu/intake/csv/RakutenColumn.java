package jp.juchu.intake.csv;

import java.util.List;

/** The columns of 楽天ペイ受注CSV that the reader uses (reference/formats.md §1.1). */
enum RakutenColumn implements CsvColumn {
    ORDER_NUMBER("注文番号", true, "受注番号"),
    STATUS("ステータス", true, "受注ステータス"),
    SUB_STATUS("サブステータス", false),
    ORDERED_AT("注文日時", false),
    ORDER_DATE("注文日", false),
    ORDER_TIME("注文時間", false),
    PAYMENT_METHOD("支払方法名", true, "決済方法"),
    CARD_PAY_TYPE("クレジットカード支払い方法", false),
    CARD_INSTALLMENTS("クレジットカード支払い回数", false),
    DELIVERY_METHOD("配送方法", false),
    ORDER_TYPE("注文種別", false),
    MULTIPLE_DESTINATIONS("複数送付先フラグ", false),
    REMOTE_ISLAND("離島フラグ", false),
    RAKUTEN_CONFIRMING("楽天確認中フラグ", false),
    WARNING_TYPE("警告表示タイプ", false, "警告表示フラグ"),
    GOODS("商品合計金額", false),
    TAX("消費税合計", false),
    SHIPPING("送料合計", false),
    COD_FEE("代引料合計", false),
    BILLED("請求金額", true),
    TOTAL("合計金額", false),
    POINTS("ポイント利用額", false),
    COUPON_TOTAL("クーポン利用総額", false, "クーポン利用額"),
    COUPON_SHOP("店舗発行クーポン利用額", false),
    COUPON_MALL("楽天発行クーポン利用額", false),
    PAYMENT_FEE("決済手数料", false),
    ORDERER_ZIP1("注文者郵便番号1", false),
    ORDERER_ZIP2("注文者郵便番号2", false),
    ORDERER_PREFECTURE("注文者住所都道府県", false, "注文者住所:都道府県"),
    ORDERER_CITY("注文者住所郡市区", false, "注文者住所:都市区"),
    ORDERER_STREET("注文者住所それ以降の住所", false, "注文者住所:町以降"),
    ORDERER_FAMILY_NAME("注文者姓", false, "注文者名字"),
    ORDERER_GIVEN_NAME("注文者名", false, "注文者名前"),
    ORDERER_FAMILY_KANA("注文者姓カナ", false, "注文者名字フリガナ"),
    ORDERER_GIVEN_KANA("注文者名カナ", false, "注文者名前フリガナ"),
    ORDERER_PHONE1("注文者電話番号1", false),
    ORDERER_PHONE2("注文者電話番号2", false),
    ORDERER_PHONE3("注文者電話番号3", false),
    ORDERER_EMAIL("注文者メールアドレス", false, "メールアドレス"),
    SHIPMENT_ID("送付先ID", false),
    SHIPMENT_SHIPPING("送付先送料", false),
    SHIPMENT_COD_FEE("送付先代引料", false),
    SHIPMENT_TAX("送付先消費税合計", false, "送付先消費税"),
    SHIPMENT_GOODS("送付先商品合計金額", false),
    SHIPMENT_TOTAL("送付先合計金額", false),
    NOSHI("のし", false),
    RECIPIENT_ZIP1("送付先郵便番号1", false),
    RECIPIENT_ZIP2("送付先郵便番号2", false),
    RECIPIENT_PREFECTURE("送付先住所都道府県", false, "送付先住所:都道府県"),
    RECIPIENT_CITY("送付先住所郡市区", false, "送付先住所:都市区"),
    RECIPIENT_STREET("送付先住所それ以降の住所", false, "送付先住所:町以降"),
    RECIPIENT_FAMILY_NAME("送付先姓", false, "送付先名字"),
    RECIPIENT_GIVEN_NAME("送付先名", false, "送付先名前"),
    RECIPIENT_FAMILY_KANA("送付先姓カナ", false, "送付先名字フリガナ"),
    RECIPIENT_GIVEN_KANA("送付先名カナ", false, "送付先名前フリガナ"),
    RECIPIENT_PHONE1("送付先電話番号1", false),
    RECIPIENT_PHONE2("送付先電話番号2", false),
    RECIPIENT_PHONE3("送付先電話番号3", false),
    LINE_ID("商品明細ID", false),
    ITEM_ID("商品ID", false),
    ITEM_NAME("商品名", true),
    ITEM_NUMBER("商品番号", false),
    MANAGE_NUMBER("商品管理番号", false),
    UNIT_PRICE("単価", true),
    QUANTITY("個数", true),
    TAX_INCLUDED("税込別", false),
    OPTIONS("項目・選択肢", false),
    DELIVERY_INFO("納期情報", false),
    WRAPPING1_TITLE("ラッピングタイトル1", false),
    WRAPPING1_NAME("ラッピング名1", false),
    WRAPPING1_PRICE("ラッピング料金1", false),
    WRAPPING1_TAX_INCLUDED("ラッピング税込別1", false),
    WRAPPING1_KIND("ラッピング種類1", false),
    WRAPPING2_TITLE("ラッピングタイトル2", false),
    WRAPPING2_NAME("ラッピング名2", false),
    WRAPPING2_PRICE("ラッピング料金2", false),
    WRAPPING2_TAX_INCLUDED("ラッピング税込別2", false),
    WRAPPING2_KIND("ラッピング種類2", false),
    TIME_SLOT("お届け時間帯", false),
    DELIVERY_DATE("お届け日指定", false),
    SHOP_MEMO("ひとことメモ", false),
    GIFT("ギフト配送希望", false, "ギフトチェック"),
    COMMENT("コメント", false),
    NEXT_DAY("あす楽希望フラグ", false, "あす楽希望");

    private final String label;
    private final boolean required;
    private final List<String> aliases;

    RakutenColumn(String label, boolean required, String... aliases) {
        this.label = label;
        this.required = required;
        this.aliases = List.of(aliases);
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public boolean required() {
        return required;
    }

    @Override
    public List<String> aliases() {
        return aliases;
    }
}
