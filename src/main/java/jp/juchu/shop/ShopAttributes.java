package jp.juchu.shop;

import jp.juchu.core.InvalidInputException;
import jp.juchu.core.Mall;

/** The editable, non-secret settings of a 連携ショップ, valid by construction. */
record ShopAttributes(Mall mall, String name, String shortName, String url, String managerName, String senderEmail,
                      boolean rakutenAnonymousMail, boolean orderIntakeEnabled, CancelledOrderHandling cancelledOrders) {

    static final int NAME_MAX = 100;
    static final int SHORT_NAME_MAX = 20;
    static final int MANAGER_NAME_MAX = 50;

    ShopAttributes {
        if (mall == null) {
            throw new InvalidInputException("mall", "モール種別を選択してください");
        }
        name = TextRules.required("name", "ショップ名(正式名称)", name, NAME_MAX);
        shortName = TextRules.required("shortName", "ショップ名(略称)", shortName, SHORT_NAME_MAX);
        url = TextRules.url("url", "ショップURL", url);
        managerName = TextRules.maxLength("managerName", "ショップ店長名", TextRules.optional(managerName), MANAGER_NAME_MAX);
        senderEmail = TextRules.email("senderEmail", "送信元メールアドレス", senderEmail);
        if (rakutenAnonymousMail && mall != Mall.RAKUTEN) {
            throw new InvalidInputException("rakutenAnonymousMail", "楽天あんしんメルアドは楽天市場のショップでのみ設定できます");
        }
        if (cancelledOrders == null) {
            throw new InvalidInputException("cancelledOrders", "キャンセル済み注文の登録方法を選択してください");
        }
    }
}
