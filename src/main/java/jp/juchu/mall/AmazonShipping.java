package jp.juchu.mall;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import jp.juchu.core.Mall;
import jp.juchu.shop.ShopCredentials;
import jp.juchu.shop.ShopDirectory;
import org.springframework.stereotype.Component;

/**
 * 荷物番号連携 for Amazon (出品者出荷): SP-API confirmShipment, which is also what makes the order 出荷済み. The
 * order and its items are read first: an order Amazon already shows as Shipped (or with nothing left to ship) is
 * not confirmed again. A 403 gets one fresh LWA token (SP-API answers 403 for an expired one).
 */
@Component
class AmazonShipping {

    static final String SERVICE = "Amazon SP-API";
    static final String CREDENTIAL_HINT =
            "ショップ設定の LWA クライアントID・LWA クライアントシークレット・SP-API リフレッシュトークンを確認してください";
    private static final List<String> KEYS = List.of("clientId", "clientSecret", "refreshToken");
    private static final Set<String> SHIPPABLE = Set.of("Unshipped", "PartiallyShipped");
    private static final int MAX_ITEM_PAGES = 20;
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private static final LocalTime SHIP_TIME = LocalTime.NOON;

    private final ShopDirectory shops;
    private final AmazonOrdersApi api;
    private final LwaApi lwa;
    private final AccessTokens tokens;
    private final AmazonApiProperties properties;
    private final Clock clock;

    AmazonShipping(ShopDirectory shops, AmazonOrdersApi api, LwaApi lwa, AccessTokens tokens, AmazonApiProperties properties,
                   Clock clock) {
        this.shops = shops;
        this.api = api;
        this.lwa = lwa;
        this.tokens = tokens;
        this.properties = properties;
        this.clock = clock;
    }

    PushResult confirmShipment(String shopCode, TrackingNotice notice) {
        String orderId = notice.mallOrderNumber();
        List<TrackingNotice.ShipmentNotice> tracked = notice.shipments().stream().filter(s -> !s.trackingNumbers().isEmpty()).toList();
        List<String> numbers = tracked.stream().flatMap(s -> s.trackingNumbers().stream()).map(String::strip).distinct().toList();
        if (numbers.isEmpty()) {
            return new PushResult(Mall.AMAZON, orderId, List.of(), List.of(), List.of(), null);
        }
        List<String> first = numbers.subList(0, 1);
        List<String> notSent = numbers.subList(1, numbers.size());
        String remark = notSent.isEmpty() ? null : "Amazonへの出荷通知は1個目の荷物番号で行います";
        Session session = new Session(shopCode, ApiCredentials.require(shops, shopCode, Mall.AMAZON, SERVICE, KEYS));

        AmazonOrdersApi.Order order = session.call("getOrder", token -> api.getOrder(token, orderId)).payload();
        if (order == null) {
            throw new MallApiException(MallApiException.Kind.REJECTED, 200, SERVICE + "が注文 " + orderId + " を返しませんでした");
        }
        if ("Shipped".equals(order.orderStatus())) {
            return new PushResult(Mall.AMAZON, orderId, List.of(), first, notSent, remark);
        }
        if (!SHIPPABLE.contains(order.orderStatus())) {
            throw new MallApiException(MallApiException.Kind.REJECTED, 200,
                    "Amazonの注文 " + orderId + " はステータスが「" + order.orderStatus() + "」のため出荷通知できません");
        }
        List<AmazonOrdersApi.OrderItem> items = items(session, orderId);
        List<AmazonOrdersApi.ConfirmedItem> toShip = items.stream().filter(i -> i.quantityToShip() > 0)
                .map(i -> new AmazonOrdersApi.ConfirmedItem(i.orderItemId(), i.quantityToShip())).toList();
        if (toShip.isEmpty()) {
            return new PushResult(Mall.AMAZON, orderId, List.of(), first, notSent, remark);
        }
        int unitsShipped = items.stream().mapToInt(i -> i.quantityShipped() == null ? 0 : i.quantityShipped()).sum();
        TrackingNotice.ShipmentNotice shipment = tracked.get(0);
        String carrierCode = MallCarrierCodes.amazon(shipment.carrierCode());
        String carrierName = "Other".equals(carrierCode)
                ? (shipment.carrierName() == null || shipment.carrierName().isBlank() ? shipment.carrierCode() : shipment.carrierName())
                : null;
        AmazonOrdersApi.PackageDetail detail = new AmazonOrdersApi.PackageDetail(String.valueOf(unitsShipped + 1), carrierCode,
                carrierName, first.get(0), shipDate(shipment.shippedOn(), order.purchaseDate()), toShip);
        String marketplace = session.credentials.get("marketplaceId").filter(m -> !m.isBlank())
                .orElse(order.marketplaceId() == null || order.marketplaceId().isBlank() ? properties.marketplaceId() : order.marketplaceId());
        session.call("confirmShipment", token -> {
            api.confirmShipment(token, orderId, new AmazonOrdersApi.ConfirmShipmentRequest(marketplace, detail));
            return null;
        });
        return new PushResult(Mall.AMAZON, orderId, first, List.of(), notSent, remark);
    }

    private List<AmazonOrdersApi.OrderItem> items(Session session, String orderId) {
        Map<String, AmazonOrdersApi.OrderItem> items = new LinkedHashMap<>();
        String next = null;
        for (int page = 0; page < MAX_ITEM_PAGES; page++) {
            String token = next;
            AmazonOrdersApi.OrderItems answer = session.call("getOrderItems", t -> api.getOrderItems(t, orderId, token)).payload();
            if (answer == null) {
                break;
            }
            answer.items().forEach(item -> items.putIfAbsent(item.orderItemId(), item));
            next = answer.nextToken();
            if (next == null || next.isBlank()) {
                break;
            }
        }
        return new ArrayList<>(items.values());
    }

    /**
     * Noon (JST) of the 出荷日, but never in the future and never before the order was placed: Amazon refuses both.
     */
    String shipDate(LocalDate shippedOn, String purchaseDate) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        LocalDate date = shippedOn == null ? LocalDate.now(clock.withZone(JAPAN)) : shippedOn;
        Instant at = date.atTime(SHIP_TIME).atZone(JAPAN).toInstant();
        if (purchaseDate != null) {
            try {
                Instant purchased = OffsetDateTime.parse(purchaseDate).toInstant().plus(1, ChronoUnit.MINUTES);
                if (at.isBefore(purchased)) {
                    at = purchased;
                }
            } catch (DateTimeParseException unreadable) {
                // keep noon of the 出荷日
            }
        }
        if (at.isAfter(now)) {
            at = now;
        }
        return DateTimeFormatter.ISO_INSTANT.format(at.truncatedTo(ChronoUnit.SECONDS));
    }

    /** Calls on behalf of one shop with its cached LWA token. */
    private final class Session {

        private final ShopCredentials credentials;
        private final String tokenKey;

        Session(String shopCode, ShopCredentials credentials) {
            this.credentials = credentials;
            this.tokenKey = AccessTokens.key("AMAZON", shopCode, ApiCredentials.value(credentials, "clientId"),
                    ApiCredentials.value(credentials, "refreshToken"));
        }

        <T> T call(String operation, Function<String, T> call) {
            String token = token();
            try {
                return MallHttpErrors.invoke(SERVICE, operation, () -> call.apply(token));
            } catch (MallApiException e) {
                if (e.kind() != MallApiException.Kind.AUTHENTICATION || e.httpStatus() != 403) {
                    throw e;
                }
                tokens.invalidate(tokenKey, token);
                String fresh = token();
                return MallHttpErrors.invoke(SERVICE, operation, () -> call.apply(fresh));
            }
        }

        private String token() {
            return tokens.get(tokenKey, () -> {
                Map<String, String> form = new LinkedHashMap<>();
                form.put("grant_type", "refresh_token");
                form.put("client_id", ApiCredentials.value(credentials, "clientId"));
                form.put("client_secret", ApiCredentials.value(credentials, "clientSecret"));
                form.put("refresh_token", ApiCredentials.value(credentials, "refreshToken"));
                return MallHttpErrors.invoke("Login with Amazon", "token", () -> lwa.token(form)).grant("Login with Amazon");
            });
        }
    }
}
