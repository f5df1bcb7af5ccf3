package jp.juchu.mail;

import java.util.ArrayList;
import java.util.List;
import jp.juchu.shop.StoreProfile;

/**
 * Who a mail comes from: the shop (name, URL), the sender address chosen for it and the company's 店舗プロフィール.
 */
record Letterhead(String shopName, String shopUrl, String senderAddress, StoreProfile profile) {

    private static final String RULE = "━━━━━━━━━━━━━━━━━━";

    /** 店舗署名: shop, company, address and contacts from the profile; lines without data are left out. */
    String signature() {
        List<String> lines = new ArrayList<>();
        lines.add(RULE);
        addIfPresent(lines, shopName);
        addIfPresent(lines, profile.companyName());
        String address = String.join("", profile.address1(), profile.address2(), profile.address3());
        if (!address.isEmpty()) {
            lines.add(profile.postalCode().isEmpty() ? address : "〒" + profile.postalCode() + " " + address);
        }
        if (!profile.phone().isEmpty()) {
            lines.add("TEL " + profile.phone());
        }
        if (senderAddress != null && !senderAddress.isBlank()) {
            lines.add("MAIL " + senderAddress);
        }
        addIfPresent(lines, shopUrl);
        lines.add(RULE);
        return String.join("\n", lines);
    }

    private static void addIfPresent(List<String> lines, String text) {
        if (text != null && !text.isBlank()) {
            lines.add(text.strip());
        }
    }
}
