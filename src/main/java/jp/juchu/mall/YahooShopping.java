package jp.juchu.mall;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import jp.juchu.core.Mall;
import jp.juchu.shop.ShopCredentials;
import jp.juchu.shop.ShopDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * 荷物番号連携 (orderShipStatusChange) and モールステータス更新 (orderStatusChange → 完了) for Yahoo!ショッピング.
 * Both first read the order (orderInfo) and send nothing when the mall already has the state; when orderInfo itself is
 * refused the change is sent anyway (setting the same values again is harmless). A 401 gets one fresh token.
 */
@Component
class YahooShopping {

    static final String SERVICE = "Yahoo!ショッピングAPI";
    static final String CREDENTIAL_HINT =
            "ショップ設定の Client ID・シークレット・リフレッシュトークン・ストアアカウントを確認してください（リフレッシュトークンの有効期限は4週間です）";
    static final String SETTLEMENT_NOTE = "Yahoo!ショッピングは完了で決済（ポイント・カード請求）が確定します";
    /** ShipInvoiceNumber1 and 2. */
    static final int MAX_NUMBERS = 2;
    private static final List<String> KEYS = List.of("clientId", "clientSecret", "refreshToken", "sellerId");
    private static final Logger log = LoggerFactory.getLogger(YahooShopping.class);

    private final ShopDirectory shops;
    private final YahooShoppingApi api;
    private final YConnectApi yconnect;
    private final AccessTokens tokens;
    private final Clock clock;

    YahooShopping(ShopDirectory shops, YahooShoppingApi api, YConnectApi yconnect, AccessTokens tokens, Clock clock) {
        this.shops = shops;
        this.api = api;
        this.yconnect = yconnect;
        this.tokens = tokens;
        this.clock = clock;
    }

    PushResult pushTracking(String shopCode, TrackingNotice notice) {
        String orderId = notice.mallOrderNumber();
        List<TrackingNotice.ShipmentNotice> tracked = notice.shipments().stream().filter(s -> !s.trackingNumbers().isEmpty()).toList();
        List<String> numbers = tracked.stream().flatMap(s -> s.trackingNumbers().stream()).map(String::strip).distinct().toList();
        if (numbers.isEmpty()) {
            return new PushResult(Mall.YAHOO, orderId, List.of(), List.of(), List.of(), null);
        }
        List<String> sendable = numbers.subList(0, Math.min(MAX_NUMBERS, numbers.size()));
        List<String> notSent = numbers.subList(sendable.size(), numbers.size());
        String remark = notSent.isEmpty() ? null : "Yahoo!ショッピングに送れる荷物番号は1注文" + MAX_NUMBERS + "個までです";
        Session session = open(shopCode);
        Optional<YahooXml.Answer> current = session.orderInfo(orderId);
        if (current.isPresent() && alreadyShipped(current.get(), sendable)) {
            return new PushResult(Mall.YAHOO, orderId, List.of(), sendable, notSent, remark);
        }
        TrackingNotice.ShipmentNotice first = tracked.get(0);
        LocalDate shipDate = first.shippedOn() == null ? LocalDate.now(clock) : first.shippedOn();
        YahooXml.Ship ship = new YahooXml.Ship(MallCarrierCodes.yahoo(first.carrierCode()), sendable.get(0),
                sendable.size() > 1 ? sendable.get(1) : null, first.trackingUrl(), shipDate);
        session.post("orderShipStatusChange", "出荷ステータス変更", orderId, api::orderShipStatusChange,
                YahooXml.shipStatusChange(orderId, session.sellerId(), ship));
        return new PushResult(Mall.YAHOO, orderId, sendable, List.of(), notSent, remark);
    }

    CompletionResult complete(String shopCode, String orderId) {
        Session session = open(shopCode);
        Optional<String> status = session.orderInfo(orderId).flatMap(answer -> answer.field("OrderStatus"));
        if (status.filter(YahooXml.COMPLETED::equals).isPresent()) {
            return new CompletionResult(Mall.YAHOO, false, "Yahoo!ショッピングの注文は既に「完了」でした。" + SETTLEMENT_NOTE);
        }
        session.post("orderStatusChange", "注文ステータス変更", orderId, api::orderStatusChange,
                YahooXml.completion(orderId, session.sellerId()));
        return new CompletionResult(Mall.YAHOO, true, "Yahoo!ショッピングの注文ステータスを「完了」にしました。" + SETTLEMENT_NOTE);
    }

    private static boolean alreadyShipped(YahooXml.Answer answer, List<String> numbers) {
        int shipStatus;
        try {
            shipStatus = Integer.parseInt(answer.field("ShipStatus").orElse("0"));
        } catch (NumberFormatException e) {
            return false;
        }
        String second = numbers.size() > 1 ? numbers.get(1) : null;
        return shipStatus >= Integer.parseInt(YahooXml.SHIPPED)
                && Objects.equals(normalized(answer.field("ShipInvoiceNumber1").orElse(null)), normalized(numbers.get(0)))
                && Objects.equals(normalized(answer.field("ShipInvoiceNumber2").orElse(null)), normalized(second));
    }

    private static String normalized(String number) {
        return number == null ? null : number.replace("-", "").strip();
    }

    private Session open(String shopCode) {
        ShopCredentials credentials = ApiCredentials.require(shops, shopCode, Mall.YAHOO, SERVICE, KEYS);
        return new Session(shopCode, credentials);
    }

    /** Calls on behalf of one shop with its cached access token. */
    private final class Session {

        private final String shopCode;
        private final ShopCredentials credentials;
        private final String tokenKey;

        Session(String shopCode, ShopCredentials credentials) {
            this.shopCode = shopCode;
            this.credentials = credentials;
            this.tokenKey = AccessTokens.key("YAHOO", shopCode, ApiCredentials.value(credentials, "clientId"),
                    ApiCredentials.value(credentials, "refreshToken"));
        }

        String sellerId() {
            return ApiCredentials.value(credentials, "sellerId");
        }

        /** The order as Yahoo sees it; empty when Yahoo refuses the look-up (then the change is sent anyway). */
        Optional<YahooXml.Answer> orderInfo(String orderId) {
            try {
                return Optional.of(post("orderInfo", "注文詳細", orderId, api::orderInfo, YahooXml.orderInfo(orderId, sellerId())));
            } catch (MallApiException e) {
                if (e.kind() != MallApiException.Kind.REJECTED) {
                    throw e;
                }
                log.warn("Yahoo orderInfo for shop {} refused, sending the change without the check: {}", shopCode, e.getMessage());
                return Optional.empty();
            }
        }

        YahooXml.Answer post(String operation, String label, String orderId, BiFunction<String, String, String> call, String xml) {
            String token = token();
            try {
                return send(operation, label, orderId, call, token, xml);
            } catch (MallApiException e) {
                if (e.kind() != MallApiException.Kind.AUTHENTICATION || e.httpStatus() != 401) {
                    throw e;
                }
                tokens.invalidate(tokenKey, token);
                return send(operation, label, orderId, call, token(), xml);
            }
        }

        private YahooXml.Answer send(String operation, String label, String orderId, BiFunction<String, String, String> call,
                                     String token, String xml) {
            String body = MallHttpErrors.invoke(SERVICE, operation, () -> call.apply("Bearer " + token, xml));
            YahooXml.Answer answer = YahooXml.read(body);
            if (!answer.ok()) {
                throw new MallApiException(MallApiException.Kind.REJECTED, 200, SERVICE + "が" + label + "を受け付けませんでした（"
                        + orderId + "）" + (answer.error().isEmpty() ? "" : "：" + answer.error()));
            }
            return answer;
        }

        private String token() {
            return tokens.get(tokenKey, () -> {
                Map<String, String> form = new LinkedHashMap<>();
                form.put("grant_type", "refresh_token");
                form.put("client_id", ApiCredentials.value(credentials, "clientId"));
                form.put("client_secret", ApiCredentials.value(credentials, "clientSecret"));
                form.put("refresh_token", ApiCredentials.value(credentials, "refreshToken"));
                return MallHttpErrors.invoke("Yahoo! ID連携（YConnect）", "token", () -> yconnect.token(form))
                        .grant("Yahoo! ID連携（YConnect）");
            });
        }
    }
}
