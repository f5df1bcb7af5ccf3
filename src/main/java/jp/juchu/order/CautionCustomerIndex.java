package jp.juchu.order;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The active 要注意顧客 entries by the keys an order can match them on (電話番号, メールアドレス, 氏名+郵便番号), so a
 * check looks up a map instead of querying the table for every order. Candidates keep the entries' order (newest
 * first), as the query did.
 */
final class CautionCustomerIndex {

    private final Map<String, List<CautionCustomer>> byPhone = new HashMap<>();
    private final Map<String, List<CautionCustomer>> byEmail = new HashMap<>();
    private final Map<String, List<CautionCustomer>> byNameAndPostalCode = new HashMap<>();

    CautionCustomerIndex(List<CautionCustomer> activeNewestFirst) {
        for (CautionCustomer entry : activeNewestFirst) {
            add(byPhone, entry.getPhone(), entry);
            add(byEmail, entry.getEmail(), entry);
            if (entry.getNameKey() != null && entry.getPostalCode() != null) {
                add(byNameAndPostalCode, nameAndPostalCode(entry.getNameKey(), entry.getPostalCode()), entry);
            }
        }
    }

    /** The entries sharing at least one key with the orderer, newest first, each once. */
    List<CautionCustomer> candidates(CautionCustomerKeys keys) {
        List<CautionCustomer> found = new ArrayList<>();
        addAll(found, byPhone.get(keys.phone()));
        addAll(found, byEmail.get(keys.email()));
        if (keys.nameKey() != null && keys.postalCode() != null) {
            addAll(found, byNameAndPostalCode.get(nameAndPostalCode(keys.nameKey(), keys.postalCode())));
        }
        found.sort((a, b) -> Long.compare(b.getId(), a.getId()));
        return found;
    }

    private static void addAll(List<CautionCustomer> found, List<CautionCustomer> more) {
        if (more != null) {
            more.stream().filter(entry -> !found.contains(entry)).forEach(found::add);
        }
    }

    private static void add(Map<String, List<CautionCustomer>> map, String key, CautionCustomer entry) {
        if (key != null) {
            map.computeIfAbsent(key, k -> new ArrayList<>()).add(entry);
        }
    }

    private static String nameAndPostalCode(String nameKey, String postalCode) {
        return nameKey + '\u0000' + postalCode;
    }
}
