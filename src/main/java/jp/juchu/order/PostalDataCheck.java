package jp.juchu.order;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import jp.juchu.core.JapaneseText;
import jp.juchu.core.PostalCode;
import jp.juchu.core.Prefecture;
import jp.juchu.shop.PostalAddress;

/**
 * The address check against uploaded KEN_ALL data: the postal code exists, its prefecture is the
 * address's, and when the address starts with a city name of that prefecture, it is one of the code's
 * cities. Cities are matched with or without their 郡 (西多摩郡奥多摩町 = 奥多摩町); an address that starts
 * with no known city name is not judged (it may use an older or shortened name).
 */
final class PostalDataCheck {

    private PostalDataCheck() {
    }

    static List<String> problems(String who, Contact contact, PostalCode postal, Prefecture prefecture, PostalData data) {
        List<PostalAddress> entries = data.find(postal);
        if (entries.isEmpty()) {
            return List.of(who + "の郵便番号「" + postal.formatted() + "」は日本郵便の郵便番号データにありません");
        }
        if (prefecture == null) {
            return List.of();
        }
        List<PostalAddress> inPrefecture = entries.stream().filter(e -> e.prefecture() == prefecture).toList();
        if (inPrefecture.isEmpty()) {
            return List.of(who + "の郵便番号「" + postal.formatted() + "」は" + places(entries, true) + "の番号です（住所の都道府県は"
                    + prefecture.japaneseName() + "です）");
        }
        String address = addressAfterPrefecture(contact, prefecture);
        if (address.isEmpty() || inPrefecture.stream().anyMatch(e -> startsWithCity(address, e.city()))) {
            return List.of();
        }
        for (String city : data.cities(prefecture)) {
            if (startsWithCity(address, city)) {
                return List.of(who + "の住所「" + abbreviate(address) + "」は" + city + "ですが、郵便番号「" + postal.formatted() + "」は"
                        + places(inPrefecture, false) + "の番号です");
            }
        }
        return List.of();
    }

    static boolean startsWithCity(String address, String city) {
        if (address.startsWith(city)) {
            return true;
        }
        int county = city.indexOf('郡');
        return county > 0 && county < city.length() - 1 && address.startsWith(city.substring(county + 1));
    }

    private static String addressAfterPrefecture(Contact contact, Prefecture prefecture) {
        String address = JapaneseText.normalize(nonNull(contact.address1()) + nonNull(contact.address2()));
        address = address == null ? "" : address.replace(" ", "");
        return address.startsWith(prefecture.japaneseName()) ? address.substring(prefecture.japaneseName().length()) : address;
    }

    /** 東京都渋谷区渋谷 (one entry) or 東京都渋谷区・東京都新宿区 (several). */
    private static String places(List<PostalAddress> entries, boolean withPrefecture) {
        Set<String> places = new LinkedHashSet<>();
        for (PostalAddress entry : entries) {
            String town = entries.size() == 1 && entry.town() != null ? entry.town() : "";
            places.add((withPrefecture ? entry.prefecture().japaneseName() : "") + entry.city() + town);
        }
        List<String> shown = new ArrayList<>(places);
        return shown.size() > 3 ? String.join("・", shown.subList(0, 3)) + " ほか" : String.join("・", shown);
    }

    private static String abbreviate(String text) {
        return text.length() <= 20 ? text : text.substring(0, 20) + "…";
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
