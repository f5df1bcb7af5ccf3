package jp.juchu.order;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A person and address: the orderer (注文者) or a recipient (送付先). Values are already normalised. */
@Embeddable
public record Contact(
        @Column(nullable = false, length = 100) String name,
        @Column(length = 100) String kana,
        @Column(length = 8) String postalCode,
        @Column(length = 10) String prefecture,
        @Column(length = 200) String address1,
        @Column(length = 200) String address2,
        @Column(length = 20) String phone) {

    public String fullAddress() {
        return String.join("", nonNull(prefecture), nonNull(address1), nonNull(address2));
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
