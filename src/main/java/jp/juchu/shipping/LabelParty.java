package jp.juchu.shipping;

/**
 * A person or company on a label (お届け先, ご依頼主, 注文者). {@code prefecture} may be empty when the address is
 * only known as one string (then {@code address1} holds all of it). No field is {@code null}.
 */
public record LabelParty(String name, String kana, String postalCode, String prefecture, String address1, String address2,
                         String phone) {

    public LabelParty {
        name = text(name);
        kana = text(kana);
        postalCode = text(postalCode);
        prefecture = text(prefecture);
        address1 = text(address1);
        address2 = text(address2);
        phone = text(phone);
    }

    public String fullAddress() {
        return prefecture + address1 + address2;
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
