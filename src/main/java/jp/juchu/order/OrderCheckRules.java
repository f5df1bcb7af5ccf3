package jp.juchu.order;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import jp.juchu.core.Parsed;
import jp.juchu.core.PostalCode;
import jp.juchu.core.Prefecture;
import jp.juchu.core.RemoteIslands;

/**
 * The checks (状態区分) on an order's current state, without side effects: each returns a Japanese reason
 * naming the offending value, or nothing. Address and delivery-date checks look only at orders still
 * before shipping (as TEMPOSTAR checks only 未出荷 shipments).
 */
final class OrderCheckRules {

    /** Every flag kind these rules own: a check run replaces exactly these on the order. */
    static final Set<CheckFlag> CHECKED_KINDS = EnumSet.of(CheckFlag.ADDRESS_ERROR, CheckFlag.PAYMENT_MAPPING_ERROR,
            CheckFlag.DELIVERY_MAPPING_ERROR, CheckFlag.DELIVERY_DATE_ERROR, CheckFlag.CAUTION_CUSTOMER,
            CheckFlag.MALL_WARNING, CheckFlag.REMOTE_ISLAND);

    private static final int REASON_LIMIT = 500;

    private final DeliveryLeadTime leadTime;
    private final BiFunction<Contact, String, Optional<CautionCustomers.Match>> caution;
    private final PostalData postalData;

    OrderCheckRules(DeliveryLeadTime leadTime, BiFunction<Contact, String, Optional<CautionCustomers.Match>> caution) {
        this(leadTime, caution, PostalData.NONE);
    }

    OrderCheckRules(DeliveryLeadTime leadTime, BiFunction<Contact, String, Optional<CautionCustomers.Match>> caution,
                    PostalData postalData) {
        this.leadTime = leadTime;
        this.caution = caution;
        this.postalData = postalData;
    }

    Map<CheckFlag, String> evaluate(Order order) {
        Map<CheckFlag, String> found = new EnumMap<>(CheckFlag.class);
        boolean open = order.getStatus().isBeforeShipping();
        if (open) {
            put(found, CheckFlag.ADDRESS_ERROR, addressProblems(order));
            put(found, CheckFlag.DELIVERY_DATE_ERROR, deliveryDateProblems(order));
        }
        put(found, CheckFlag.PAYMENT_MAPPING_ERROR, paymentProblem(order));
        put(found, CheckFlag.DELIVERY_MAPPING_ERROR, deliveryMethodProblems(order));
        put(found, CheckFlag.CAUTION_CUSTOMER, cautionProblem(order));
        put(found, CheckFlag.MALL_WARNING, mallWarning(order));
        put(found, CheckFlag.REMOTE_ISLAND, remoteIsland(order));
        return found;
    }

    List<String> addressProblems(Order order) {
        List<String> problems = new ArrayList<>(address("注文者", order.getOrderer(), postalData));
        for (Shipment shipment : order.getShipments()) {
            problems.addAll(address(recipientLabel(order, shipment), shipment.getRecipient(), postalData));
        }
        return problems;
    }

    /** {@link #address(String, Contact, PostalData)} with the bundled prefix table only. */
    static List<String> address(String who, Contact contact) {
        return address(who, contact, PostalData.NONE);
    }

    /**
     * Postal code present and well-formed, prefecture present and known, and the two consistent: by the
     * uploaded KEN_ALL data when there is some (the code must exist, its prefecture match, and an address
     * that starts with a city name must name one of the code's cities), else by the bundled prefix table.
     */
    static List<String> address(String who, Contact contact, PostalData postalData) {
        List<String> problems = new ArrayList<>();
        String prefectureText = blankToNull(contact.prefecture());
        Prefecture prefecture = prefectureText == null ? null : Prefecture.fromName(prefectureText).orElse(null);
        if (prefectureText == null) {
            problems.add(who + "の都道府県がありません");
        } else if (prefecture == null) {
            problems.add(who + "の都道府県「" + prefectureText + "」を認識できません");
        }
        String postalText = blankToNull(contact.postalCode());
        if (postalText == null) {
            problems.add(who + "の郵便番号がありません");
            return problems;
        }
        Parsed<PostalCode> parsed = PostalCode.parse(postalText);
        if (parsed.value() == null || !postalText.matches("\\d{3}-\\d{4}|\\d{7}")) {
            problems.add(who + "の郵便番号「" + postalText + "」の形式が正しくありません（例: 150-0002）");
            return problems;
        }
        PostalCode postal = parsed.value();
        if (postalData.loaded()) {
            problems.addAll(PostalDataCheck.problems(who, contact, postal, prefecture, postalData));
            return problems;
        }
        List<Prefecture> served = postal.prefectures();
        if (served.isEmpty()) {
            problems.add(who + "の郵便番号「" + postal.formatted() + "」は存在しない番号です");
        } else if (prefecture != null && !served.contains(prefecture)) {
            problems.add(who + "の郵便番号「" + postal.formatted() + "」は" + prefecture.japaneseName() + "の番号ではありません（"
                    + served.stream().map(Prefecture::japaneseName).collect(Collectors.joining("・")) + "の番号です）");
        }
        return problems;
    }

    List<String> deliveryDateProblems(Order order) {
        List<String> problems = new ArrayList<>();
        LocalDate today = leadTime.today();
        for (Shipment shipment : order.getShipments()) {
            LocalDate requested = shipment.getRequestedDate();
            if (requested == null) {
                continue;
            }
            String who = order.getShipments().size() > 1 ? recipientLabel(order, shipment) + "の" : "";
            Prefecture prefecture = Prefecture.fromName(shipment.getRecipient().prefecture()).orElse(null);
            boolean island = order.isRemoteIsland() || islandArea(shipment).isPresent();
            LocalDate earliest = leadTime.earliestDelivery(prefecture, island);
            if (requested.isBefore(today)) {
                problems.add(who + "お届け希望日 " + requested + " は過去の日付です");
            } else if (requested.isBefore(earliest)) {
                problems.add(who + "お届け希望日 " + requested + " には間に合いません（最短お届け日 " + earliest + "：出荷日 "
                        + leadTime.shippingDay() + " + " + leadTime.leadDays(prefecture, island) + "日）");
            }
        }
        return problems;
    }

    static List<String> paymentProblem(Order order) {
        if (order.getPaymentMethodCode() != null) {
            return List.of();
        }
        String raw = blankToNull(order.getPaymentMethodRaw());
        return List.of(raw == null ? "支払方法が選択されていません"
                : "支払方法「" + raw + "」が支払方法設定で対応付けられていません（支払方法変換エラー）");
    }

    static List<String> deliveryMethodProblems(Order order) {
        List<String> problems = new ArrayList<>();
        for (Shipment shipment : order.getShipments()) {
            if (shipment.getDeliveryMethodCode() != null) {
                continue;
            }
            String who = order.getShipments().size() > 1 ? recipientLabel(order, shipment) + "の" : "";
            String raw = blankToNull(shipment.getDeliveryMethodRaw());
            problems.add(raw == null ? who + "配送方法が選択されていません"
                    : who + "配送方法「" + raw + "」が配送方法設定で対応付けられていません（配送方法変換エラー）");
        }
        return problems;
    }

    List<String> cautionProblem(Order order) {
        return caution.apply(order.getOrderer(), order.getOrdererEmail())
                .map(match -> List.of("注文者「" + order.getOrderer().name() + "」は要注意顧客です（" + match.matchedBy() + "で一致）: "
                        + match.warningText()))
                .orElse(List.of());
    }

    static List<String> mallWarning(Order order) {
        List<String> problems = new ArrayList<>();
        if (order.isMallConfirming()) {
            problems.add("楽天確認中の注文です（楽天確認中フラグ）");
        }
        if (blankToNull(order.getMallWarning()) != null) {
            problems.add(order.getMallWarning());
        }
        return problems;
    }

    /**
     * 離島: the mall's own flag (楽天) or, for every mall, a recipient postal code in the bundled
     * {@link RemoteIslands} table. Informational.
     */
    static List<String> remoteIsland(Order order) {
        List<String> islands = order.getShipments().stream()
                .flatMap(s -> islandArea(s).map(area -> "送付先の郵便番号 " + s.getRecipient().postalCode() + " は" + area).stream())
                .distinct().toList();
        if (!islands.isEmpty()) {
            return List.of("離島への配送です（" + String.join("、", islands) + "）。配送日数と送料を確認してください");
        }
        if (!order.isRemoteIsland()) {
            return List.of();
        }
        String where = order.getShipments().stream().map(s -> s.getRecipient().fullAddress()).distinct()
                .collect(Collectors.joining("、"));
        return List.of("離島への配送です（" + where + "）。配送日数と送料を確認してください");
    }

    private static Optional<String> islandArea(Shipment shipment) {
        String postal = shipment.getRecipient().postalCode();
        PostalCode code = postal == null ? null : PostalCode.parse(postal).value();
        return code == null ? Optional.empty() : RemoteIslands.areaOf(code);
    }

    private static String recipientLabel(Order order, Shipment shipment) {
        return order.getShipments().size() > 1 ? "送付先" + shipment.getSeq() + "（" + shipment.getRecipient().name() + "）" : "送付先";
    }

    private static void put(Map<CheckFlag, String> found, CheckFlag flag, List<String> problems) {
        if (problems.isEmpty()) {
            return;
        }
        String reason = String.join("、", problems);
        found.put(flag, reason.length() > REASON_LIMIT ? reason.substring(0, REASON_LIMIT - 1) + "…" : reason);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
