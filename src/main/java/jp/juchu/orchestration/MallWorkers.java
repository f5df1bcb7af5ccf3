package jp.juchu.orchestration;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import jp.juchu.core.ConflictException;
import jp.juchu.core.Mall;
import jp.juchu.mall.MallApiException;
import jp.juchu.mall.RakutenPayOrders;
import jp.juchu.order.Order;
import jp.juchu.order.OrderBook;
import jp.juchu.shop.ShopDirectory;
import jp.juchu.shop.ShopRef;
import org.springframework.stereotype.Component;

/** Workers that talk to the malls: 楽天 注文確認, and the post-shipment steps. */
@Component
public class MallWorkers {

    private final OrderBook orders;
    private final ShopDirectory shops;
    private final RakutenPayOrders rakuten;
    private final JobFailures failures;

    MallWorkers(OrderBook orders, ShopDirectory shops, RakutenPayOrders rakuten, JobFailures failures) {
        this.orders = orders;
        this.shops = shops;
        this.rakuten = rakuten;
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
            orders.addNote(orderId, "system", "R注文確認", confirmed ? "楽天RMSで注文確認しました" : "楽天RMSで注文確認済みでした");
            return null;
        });
    }

    /**
     * 荷物番号連携 and モールステータス更新 after 出荷確定. The mall uploads (R荷物, Y荷物, A出荷) belong to the shipping
     * work; until a mall is linked for them the step records in the history that the upload file is the way.
     */
    @JobWorker(type = "mall.push-tracking", fetchVariables = "orderId")
    public void pushTracking(ActivatedJob job, @Variable(name = "orderId") long orderId) {
        failures.guard(job, () -> {
            Order order = orders.require(orderId);
            orders.addNote(orderId, "system", "荷物番号連携", shop(order).name() + " へは出荷連絡CSVのアップロードで連携します");
            return null;
        });
    }

    @JobWorker(type = "mall.update-status", fetchVariables = "orderId")
    public void updateStatus(ActivatedJob job, @Variable(name = "orderId") long orderId) {
        failures.guard(job, () -> {
            Order order = orders.require(orderId);
            orders.addNote(orderId, "system", "モールステータス更新", shop(order).name() + " のステータスは出荷連絡CSVの反映で「発送済」になります");
            return null;
        });
    }

    private ShopRef shop(Order order) {
        return shops.findById(order.getShopId())
                .orElseThrow(() -> new ConflictException("no_shop", "shop", "受注のショップ " + order.getShopId() + " がありません"));
    }

    /** A refusal by the mall will not change on retry: stop as an incident with the mall's reason. */
    private static <T> T refusedIsFinal(java.util.function.Supplier<T> call) {
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
