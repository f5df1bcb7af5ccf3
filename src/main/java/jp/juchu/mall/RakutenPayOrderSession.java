package jp.juchu.mall;

import feign.FeignException;
import feign.RetryableException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import jp.juchu.core.Mall;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls to 楽天ペイ受注API on behalf of one shop. 429, 5xx and connection failures are retried with
 * exponential back-off up to {@code juchu.mall.rakuten.max-attempts} tries; everything else fails at once.
 * Holds the Authorization header and never shows it.
 */
public final class RakutenPayOrderSession {

    /** updateOrderShipping accepts at most this many ShippingModels per 送付先. */
    static final int MAX_SHIPPINGS_PER_BASKET = 20;
    /** getOrder accepts at most this many order numbers per call. */
    public static final int GET_ORDER_BATCH = 100;
    /** searchOrder accepts at most 63 days per search; we stay below. */
    static final Duration MAX_SEARCH_SPAN = Duration.ofDays(60);
    static final Duration MAX_SEARCH_AGE = Duration.ofDays(730);
    private static final int DATE_TYPE_ORDERED = 1;
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxx");
    private static final Logger log = LoggerFactory.getLogger(RakutenPayOrderSession.class);

    private final String shopCode;
    private final String authorization;
    private final String licenseWarning;
    private final RakutenPayOrderApi api;
    private final RakutenApiProperties properties;
    private final Clock clock;

    RakutenPayOrderSession(String shopCode, String authorization, String licenseWarning, RakutenPayOrderApi api,
            RakutenApiProperties properties, Clock clock) {
        this.shopCode = shopCode;
        this.authorization = authorization;
        this.licenseWarning = licenseWarning;
        this.api = api;
        this.properties = properties;
        this.clock = clock;
    }

    public String shopCode() {
        return shopCode;
    }

    /** A Japanese warning when the licenseKey expires within 14 days. */
    public Optional<String> licenseWarning() {
        return Optional.ofNullable(licenseWarning);
    }

    /**
     * Numbers of the orders placed (注文日時, dateType 1) from {@code from} to {@code to}, in any status, in
     * order-date order, every page read; spans longer than the API allows are searched piece by piece.
     */
    public List<String> searchOrderNumbers(Instant from, Instant to) {
        Instant oldest = clock.instant().minus(MAX_SEARCH_AGE);
        Instant start = from.isBefore(oldest) ? oldest : from;
        Set<String> numbers = new LinkedHashSet<>();
        while (start.isBefore(to)) {
            Instant end = start.plus(MAX_SEARCH_SPAN).isBefore(to) ? start.plus(MAX_SEARCH_SPAN) : to;
            searchPages(start, end, numbers);
            start = end;
        }
        return List.copyOf(numbers);
    }

    /** The orders with the given numbers, fetched {@value #GET_ORDER_BATCH} at a time. */
    public List<RakutenOrderModel.Order> getOrders(List<String> orderNumbers) {
        List<RakutenOrderModel.Order> orders = new ArrayList<>();
        for (int i = 0; i < orderNumbers.size(); i += GET_ORDER_BATCH) {
            List<String> batch = orderNumbers.subList(i, Math.min(orderNumbers.size(), i + GET_ORDER_BATCH));
            RakutenPayOrderApi.GetResponse response = call("getOrder",
                    () -> api.getOrder(authorization, new RakutenPayOrderApi.GetRequest(List.copyOf(batch), properties.orderVersion())));
            failOnErrors(response.messages(), response.orders().isEmpty());
            orders.addAll(response.orders());
        }
        return orders;
    }

    /**
     * 楽天ペイ注文確認 (confirmOrder): the order leaves 100 注文確認待ち. An order RMS no longer shows in 注文確認待ち
     * is not confirmed again, so a retried confirmation succeeds without a second call.
     *
     * @return whether this call confirmed it (false: it was already confirmed)
     */
    public boolean confirmOrder(String orderNumber) {
        List<RakutenOrderModel.Order> current = getOrders(List.of(orderNumber));
        if (!current.isEmpty() && current.get(0).orderProgress() != null
                && current.get(0).orderProgress() != OrderProgress.AWAITING_CONFIRMATION.code()) {
            return false;
        }
        RakutenPayOrderApi.MessagesResponse response = call("confirmOrder",
                () -> api.confirmOrder(authorization, new RakutenPayOrderApi.OrderNumbers(List.of(orderNumber))));
        List<RakutenMessage> errors = response.messages().stream().filter(RakutenMessage::isError).toList();
        if (!errors.isEmpty()) {
            throw new MallApiException(MallApiException.Kind.REJECTED, 200,
                    "楽天RMSが注文確認を受け付けませんでした（" + orderNumber + "）：" + RakutenErrorDecoder.describe(errors));
        }
        return true;
    }

    /**
     * 発送情報の登録 (updateOrderShipping) of one order's お荷物伝票番号. Idempotent: the order is read first and numbers
     * its 送付先 already carries are not sent again; when nothing is new, no update is made. A retry after a failure
     * (also a timeout, after which RMS may have stored the numbers) repeats the read, so no number is sent twice.
     * A shipment without 送付先ID goes to the order's only 送付先.
     *
     * @param today 発送日 for shipments without 出荷日
     * @throws MallApiException REJECTED with RMS's messages when RMS refuses the numbers or the 送付先 is unknown
     */
    public PushResult updateOrderShipping(TrackingNotice notice, LocalDate today) {
        return retrying("updateOrderShipping", () -> updateShippingOnce(notice, today));
    }

    private PushResult updateShippingOnce(TrackingNotice notice, LocalDate today) {
        String orderNumber = notice.mallOrderNumber();
        RakutenPayOrderApi.GetResponse current = once("getOrder",
                () -> api.getOrder(authorization, new RakutenPayOrderApi.GetRequest(List.of(orderNumber), properties.orderVersion())));
        failOnErrors(current.messages(), current.orders().isEmpty());
        RakutenOrderModel.Order order = current.orders().stream().filter(o -> orderNumber.equals(o.orderNumber())).findFirst()
                .orElseThrow(() -> new MallApiException(MallApiException.Kind.REJECTED, 200, "楽天RMSに注文 " + orderNumber + " がありません"));
        List<RakutenOrderModel.Package> packages = order.packages().stream().filter(p -> !p.deleted()).toList();
        Map<Long, List<RakutenPayOrderApi.NewShipping>> additions = new LinkedHashMap<>();
        Map<Long, Set<String>> registered = new LinkedHashMap<>();
        List<String> sent = new ArrayList<>();
        List<String> alreadyThere = new ArrayList<>();
        for (TrackingNotice.ShipmentNotice shipment : notice.shipments()) {
            if (shipment.trackingNumbers().isEmpty()) {
                continue;
            }
            RakutenOrderModel.Package pkg = packageOf(orderNumber, shipment, packages);
            Set<String> numbers = registered.computeIfAbsent(pkg.basketId(), id -> new HashSet<>(pkg.shippings().stream()
                    .map(RakutenOrderModel.Shipping::shippingNumber).map(RakutenPayOrderSession::normalized).toList()));
            String shippingDate = (shipment.shippedOn() == null ? today : shipment.shippedOn()).toString();
            for (String number : shipment.trackingNumbers()) {
                String trimmed = number.strip();
                if (!numbers.add(normalized(trimmed))) {
                    alreadyThere.add(trimmed);
                    continue;
                }
                additions.computeIfAbsent(pkg.basketId(), id -> new ArrayList<>()).add(new RakutenPayOrderApi.NewShipping(
                        MallCarrierCodes.rakuten(shipment.carrierCode()), trimmed, shippingDate));
                sent.add(trimmed);
            }
            if (numbers.size() > MAX_SHIPPINGS_PER_BASKET) {
                throw new MallApiException(MallApiException.Kind.REJECTED, 0, "楽天RMSの送付先（送付先ID " + pkg.basketId()
                        + "）に登録できるお荷物伝票番号は" + MAX_SHIPPINGS_PER_BASKET + "件までです（" + orderNumber + "）");
            }
        }
        if (additions.isEmpty()) {
            return new PushResult(Mall.RAKUTEN, orderNumber, List.of(), alreadyThere, List.of(), null);
        }
        List<RakutenPayOrderApi.BasketShipping> baskets = additions.entrySet().stream()
                .map(e -> new RakutenPayOrderApi.BasketShipping(e.getKey(), e.getValue())).toList();
        RakutenPayOrderApi.MessagesResponse response = once("updateOrderShipping",
                () -> api.updateOrderShipping(authorization, new RakutenPayOrderApi.ShippingUpdate(orderNumber, baskets)));
        List<RakutenMessage> errors = response.messages().stream().filter(RakutenMessage::isError).toList();
        if (!errors.isEmpty()) {
            throw new MallApiException(MallApiException.Kind.REJECTED, 200,
                    "楽天RMSがお荷物伝票番号の登録を受け付けませんでした（" + orderNumber + "）：" + RakutenErrorDecoder.describe(errors));
        }
        return new PushResult(Mall.RAKUTEN, orderNumber, sent, alreadyThere, List.of(), null);
    }

    private static RakutenOrderModel.Package packageOf(String orderNumber, TrackingNotice.ShipmentNotice shipment,
                                                       List<RakutenOrderModel.Package> packages) {
        String id = shipment.mallShipmentId() == null ? "" : shipment.mallShipmentId().strip();
        if (id.isEmpty()) {
            if (packages.size() == 1 && packages.get(0).basketId() != null) {
                return packages.get(0);
            }
            throw new MallApiException(MallApiException.Kind.REJECTED, 0, "楽天RMSの注文 " + orderNumber
                    + " には送付先が" + packages.size() + "件あり、送付先IDのない送付先の荷物番号をどれに登録するか決められません");
        }
        return packages.stream().filter(p -> p.basketId() != null && id.equals(String.valueOf(p.basketId()))).findFirst()
                .orElseThrow(() -> new MallApiException(MallApiException.Kind.REJECTED, 0,
                        "楽天RMSの注文 " + orderNumber + " に送付先ID " + id + " がありません"));
    }

    private static String normalized(String number) {
        return number == null ? "" : number.replace("-", "").strip();
    }

    private void searchPages(Instant start, Instant end, Set<String> numbers) {
        int page = 1;
        int totalPages;
        do {
            RakutenPayOrderApi.SearchRequest request = new RakutenPayOrderApi.SearchRequest(DATE_TYPE_ORDERED,
                    format(start), format(end), null, new RakutenPayOrderApi.Pagination(properties.pageSize(), page,
                            List.of(new RakutenPayOrderApi.Sort(1, 1))));
            RakutenPayOrderApi.SearchResponse response = call("searchOrder", () -> api.searchOrder(authorization, request));
            failOnErrors(response.messages(), true);
            numbers.addAll(response.orderNumberList());
            totalPages = response.page() == null || response.page().totalPages() == null ? 1 : response.page().totalPages();
            page++;
        } while (page <= totalPages);
    }

    /** ERROR messages in a 200 response: fail when nothing usable came back, otherwise only log them. */
    private void failOnErrors(List<RakutenMessage> messages, boolean nothingReturned) {
        List<RakutenMessage> errors = messages.stream().filter(RakutenMessage::isError).toList();
        if (errors.isEmpty()) {
            return;
        }
        if (nothingReturned) {
            throw new MallApiException(MallApiException.Kind.REJECTED, 200,
                    "楽天RMSがエラーを返しました：" + RakutenErrorDecoder.describe(errors));
        }
        log.warn("RMS returned errors for shop {}: {}", shopCode, RakutenErrorDecoder.describe(errors));
    }

    /** One HTTP call, retried with back-off when it fails retryably. */
    private <T> T call(String operation, Supplier<T> call) {
        return retrying(operation, () -> once(operation, call));
    }

    /** One HTTP call without retries: network failures become CONNECTION, unreadable answers REJECTED. */
    private static <T> T once(String operation, Supplier<T> call) {
        try {
            return call.get();
        } catch (MallApiException e) {
            throw e;
        } catch (RetryableException e) {
            throw new MallApiException(MallApiException.Kind.CONNECTION, 0,
                    "楽天RMSに接続できません（" + operation + "）：" + e.getClass().getSimpleName());
        } catch (FeignException e) {
            throw new MallApiException(MallApiException.Kind.REJECTED, e.status(), "楽天RMSの応答を読めません（" + operation + "）");
        }
    }

    /** Runs {@code work} again after 429 / 5xx / connection failures, up to {@code max-attempts} tries in all. */
    private <T> T retrying(String operation, Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (MallApiException failure) {
                if (!failure.retryable() || attempt >= properties.maxAttempts()) {
                    throw failure.afterAttempts(attempt);
                }
                Duration wait = properties.waitBefore(attempt + 1);
                log.info("RMS {} for shop {} failed ({}), retrying in {} ms", operation, shopCode, failure.kind(), wait.toMillis());
                sleep(wait);
            }
        }
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MallApiException(MallApiException.Kind.CONNECTION, 0, "楽天RMSへの再試行が中断されました");
        }
    }

    private static String format(Instant instant) {
        return DATE_TIME.format(instant.atZone(JAPAN));
    }

    @Override
    public String toString() {
        return "RakutenPayOrderSession[shopCode=" + shopCode + "]";
    }
}
