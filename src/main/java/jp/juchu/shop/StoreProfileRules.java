package jp.juchu.shop;

import java.util.regex.Pattern;
import jp.juchu.core.InvalidInputException;

/**
 * Validates and normalises a 店舗プロフィール. Name, postal code, address line 1 and phone are required
 * because the profile is the ご依頼主 on every 配送伝票; the overseas block is optional and in English.
 */
final class StoreProfileRules {

    private static final Pattern ASCII_TEXT = Pattern.compile("[\\x20-\\x7E]*");

    private StoreProfileRules() {
    }

    static StoreProfile validated(StoreProfile in) {
        String companyName = TextRules.required("companyName", "会社名", in.companyName(), 100);
        String postalCode = JapaneseNumbers.postalCode("postalCode", in.postalCode());
        if (postalCode.isEmpty()) {
            throw new InvalidInputException("postalCode", "郵便番号を入力してください");
        }
        String address1 = TextRules.required("address1", "住所1 (都道府県・市区町村)", in.address1(), 100);
        String address2 = TextRules.maxLength("address2", "住所2 (番地以降)", in.address2(), 100);
        String address3 = TextRules.maxLength("address3", "住所3", in.address3(), 100);
        String phone = JapaneseNumbers.phone("phone", "電話番号", in.phone());
        if (phone.isEmpty()) {
            throw new InvalidInputException("phone", "電話番号を入力してください");
        }
        String fax = JapaneseNumbers.phone("fax", "FAX番号", in.fax());
        String mail = TextRules.email("mail", "メールアドレス", in.mail());
        String englishCompanyName = english("englishCompanyName", "会社名 (英語)", in.englishCompanyName(), 100);
        String country = english("country", "国名 (英語)", in.country(), 60);
        String englishAddress = english("englishAddress", "住所 (英語)", in.englishAddress(), 255);
        return new StoreProfile(companyName, postalCode, address1, address2, address3, phone, fax, mail,
                englishCompanyName, country, englishAddress);
    }

    private static String english(String field, String label, String text, int maxLength) {
        String value = JapaneseNumbers.halfWidth(TextRules.optional(text));
        if (!ASCII_TEXT.matcher(value).matches()) {
            throw new InvalidInputException(field, label + "は半角英数字で入力してください");
        }
        return TextRules.maxLength(field, label, value, maxLength);
    }
}
