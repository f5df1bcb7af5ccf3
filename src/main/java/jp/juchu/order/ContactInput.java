package jp.juchu.order;

/** An orderer or recipient as typed: free text, normalised and checked by the order module. */
public record ContactInput(String name, String kana, String postalCode, String prefecture, String address1,
                           String address2, String phone) {

    public static ContactInput of(Contact contact) {
        return contact == null ? new ContactInput(null, null, null, null, null, null, null)
                : new ContactInput(contact.name(), contact.kana(), contact.postalCode(), contact.prefecture(),
                        contact.address1(), contact.address2(), contact.phone());
    }
}
