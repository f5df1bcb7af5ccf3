package jp.juchu.shop;

/**
 * 店舗プロフィール: the company behind all shops, printed on 帳票 and used as ご依頼主 on 配送伝票.
 * Fields never are {@code null}; an unsaved profile has empty fields. The postal code is {@code NNN-NNNN}.
 */
public record StoreProfile(String companyName, String postalCode, String address1, String address2, String address3,
                           String phone, String fax, String mail,
                           String englishCompanyName, String country, String englishAddress) {

    public StoreProfile {
        companyName = TextRules.optional(companyName);
        postalCode = TextRules.optional(postalCode);
        address1 = TextRules.optional(address1);
        address2 = TextRules.optional(address2);
        address3 = TextRules.optional(address3);
        phone = TextRules.optional(phone);
        fax = TextRules.optional(fax);
        mail = TextRules.optional(mail);
        englishCompanyName = TextRules.optional(englishCompanyName);
        country = TextRules.optional(country);
        englishAddress = TextRules.optional(englishAddress);
    }

    public static StoreProfile empty() {
        return new StoreProfile("", "", "", "", "", "", "", "", "", "", "");
    }

    /** Whether the domestic sender data (name, postal code, address, phone) have been saved. */
    public boolean isComplete() {
        return !companyName.isEmpty() && !postalCode.isEmpty() && !address1.isEmpty() && !phone.isEmpty();
    }
}
