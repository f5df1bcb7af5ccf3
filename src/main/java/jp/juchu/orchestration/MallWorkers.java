package jp.juchu.orchestration;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.util.Map;
import java.util.function.Supplier;
import jp.juchu.core.ConflictException;
import jp.juchu.core.Mall;
import jp.juchu.mall.CompletionResult;
import jp.juchu.mall.MallApiException;
import jp.juchu.mall.MallShipments;
import jp.juchu.mall.PushResult;
import jp.juchu.mall.RakutenPayOrders;
import jp.juchu.mall.TrackingLink;
import jp.juchu.order.Order;
import jp.juchu.order.OrderBook;
import jp.juchu.shipping.TrackingNotices;
import jp.juchu.shop.ShopDirectory;
import jp.juchu.shop.ShopRef;
import org.springframework.stereotype.Component;

/** Workers that talk to the malls: 楽天 注文確認, 荷物番号連携 and モールステータス更新. */
@Component
public class MallWorkers {

    /** The variable push-tracking returns: "API", "CSV" or "NONE" ({@link TrackingLink}). */
    static final String TRACKING_LINK = "trackingLink";
    private static final String SYSTEM = "system";

    private final OrderBook orders;
    private final ShopDirectory shops;
    private final RakutenPayOrders rakuten;
    private final MallShipments malls;
    private final TrackingNotices notices;
    private final JobFailures failures;

    MallWorkers(OrderBook orders, ShopDirectory shops, RakutenPayOrders rakuten, MallShipments malls, TrackingNotices notices,
                JobFailures failures) {
        this.orders = orders;
        this.shops = shops;
        this.rakuten = rakuten;
        this.malls = malls;
        this.notices = notices;
        this.failures = failures;
    }

    /** R注文確認: RMS confirmOrder for a 楽天ペイ order in 注文確認待ち (idempotent, see the session). */
    @JobWorker(type = "mall.confirm-order", fetchVariables = "orderId")
    public void confirmOrder(ActivatedJob job, @Variable(name = "orderId") long orderId) {
        failures.guard(job, () -> {
            Order order = orders.require(orderId);
            ShopRef shop = shop(order);
            if (shop.mall() != Mall.RAKUTEN) {
                throw new ConflictException("not_rakuten", "mall", "注文確認は楽天市場の受注だけです (" + shop.name() + ")");
            }
            boolean confirmed = refusedIsFinal(() -> rakuten.open(shop.code()).confirmOrder(order.getMallOrderNumber()));
            orders.addNote(orderId, SYSTEM, "R注文確認", confirmed ? "楽天RMSで注文確認しました" : "楽天RMSで注文確認済みでした");
            return null;
        });
    }

    /**
     * 荷物番号連携 after 出荷確定: by API where the shop's mall has one (also for the orders bundled into this one, which
     * are orders of their own at the mall); otherwise the history says how the mall learns the numbers. Returns
     * {@value #TRACKING_LINK} so the model can wait for the upload file of CSV-linked shops.
     */
    @JobWorker(type = "mall.push-tracking", fetchVariables = "orderId")
    public Map<String, Object> pushTracking(ActivatedJob job, @Variable(name = "orderId") long orderId) {
        return failures.guard(job, () -> {
            Order order = orders.require(orderId);
            ShopRef shop = shop(order);
            TrackingLink link = malls.linkOf(shop.code());
            switch (link) {
                case API -> {
                    for (TrackingNotices.OrderNotice notice : notices.of(order)) {
                        PushResult result = refusedIsFinal(() -> malls.pushTracking(shop.code(), notice.notice()));
                        orders.addNote(notice.orderId(), SYSTEM, "荷物番号連携", result.description());
                    }
                }
                case CSV -> orders.addNote(orderId, SYSTEM, "荷物番号連携",
                        "荷物番号連携待ち: " + shop.mall().label() + "のアップロードファイルで連携します");
                case NONE -> orders.addNote(orderId, SYSTEM, "荷物番号連携",
                        shop.mall().label() + "には荷物番号を自動で連携できません。モールの管理画面で入力してください");
            }
            return Map.of(TRACKING_LINK, link.name());
        });
    }

    /** モールステータス更新: what the mall needs after shipping (Yahoo: 完了), for this order and those bundled into it. */
    @JobWorker(type = "mall.update-status", fetchVariables = "orderId")
    public void updateStatus(ActivatedJob job, @Variable(name = "orderId") long orderId) {
        failures.guard(job, () -> {
            Order order = orders.require(orderId);
            ShopRef shop = shop(order);
            for (TrackingNotices.OrderNotice notice : notices.of(order)) {
                CompletionResult result = refusedIsFinal(() -> malls.complete(shop.code(), notice.notice().mallOrderNumber()));
                if (notice.orderId() == orderId || result.changed()) {
                    orders.addNote(notice.orderId(), SYSTEM, "モールステータス更新", result.description());
                }
            }
            return null;
        });
    }

    private ShopRef shop(Order order) {
        return shops.findById(order.getShopId())
                .orElseThrow(() -> new ConflictException("no_shop", "shop", "受注のショップ " + order.getShopId() + " がありません"));
    }

    /** A refusal by the mall will not change on retry: stop as an incident with the mall's reason. */
    private static <T> T refusedIsFinal(Supplier<T> call) {
        try {
            return call.get();
        } catch (MallApiException e) {
            if (!e.retryable()) {
                throw new ConflictException("mall_refused", "mall", e.getMessage());
            }
            throw e;
        }
    }
}
