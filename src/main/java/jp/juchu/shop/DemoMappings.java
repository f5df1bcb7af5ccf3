package jp.juchu.shop;

import java.util.LinkedHashMap;
import java.util.Map;
import jp.juchu.core.Mall;

/**
 * The names each mall uses for payment and delivery, as the demo shops map them: every name that
 * occurs in the sample order files (fixtures/mall) and the other documented 楽天 支払方法名.
 */
final class DemoMappings {

    private DemoMappings() {
    }

    /** mall name → our payment method code. */
    static Map<String, String> payment(Mall mall) {
        Map<String, String> names = new LinkedHashMap<>();
        switch (mall) {
            case RAKUTEN -> {
                names.put("クレジットカード", "CREDIT_CARD");
                names.put("代金引換", "COD");
                names.put("銀行振込", "BANK_TRANSFER");
                names.put("セブンイレブン（前払）", "CONVENIENCE_PREPAID");
                names.put("ローソン、郵便局ATM等（前払）", "CONVENIENCE_PREPAID");
                names.put("後払い決済", "RAKUTEN_PAY");
                names.put("Apple Pay", "RAKUTEN_PAY");
                names.put("PayPal", "RAKUTEN_PAY");
                names.put("Alipay", "RAKUTEN_PAY");
                names.put("ポイント", "POINTS_ONLY");
            }
            case YAHOO -> {
                names.put("クレジットカード決済", "CREDIT_CARD");
                names.put("PayPay残高等払い", "PAYPAY");
                names.put("商品代引", "COD");
                names.put("銀行振込", "BANK_TRANSFER");
                names.put("コンビニ決済", "CONVENIENCE_PREPAID");
            }
            case AMAZON -> {
                names.put("Other", "AMAZON_PAY");
                names.put("COD", "COD");
            }
            default -> {
            }
        }
        return names;
    }

    /** mall name → our delivery method code. */
    static Map<String, String> delivery(Mall mall) {
        Map<String, String> names = new LinkedHashMap<>();
        switch (mall) {
            case RAKUTEN -> {
                names.put("宅配便", "YAMATO_TAKKYUBIN");
                names.put("メール便", "YAMATO_NEKOPOS");
                names.put("宅配便(クール)", "YAMATO_COOL_CHILLED");
            }
            case YAHOO -> {
                names.put("宅配便", "YAMATO_TAKKYUBIN");
                names.put("メール便", "YAMATO_NEKOPOS");
                names.put("クール便", "YAMATO_COOL_CHILLED");
            }
            case AMAZON -> {
                for (String level : new String[] {"Standard", "Expedited", "NextDay", "SecondDay", "Scheduled", "SameDay"}) {
                    names.put(level, "YAMATO_TAKKYUBIN");
                }
            }
            default -> {
            }
        }
        return names;
    }
}
