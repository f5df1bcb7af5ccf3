package jp.juchu.shipping;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.juchu.core.InvalidInputException;
import jp.juchu.jobs.JobRequest;
import jp.juchu.jobs.Jobs;
import jp.juchu.mall.MallTrackingFiles;
import jp.juchu.order.OrderBook;
import jp.juchu.order.OrderStatus;
import jp.juchu.shop.ShopDirectory;
import jp.juchu.shop.ShopRef;
import org.springframework.stereotype.Service;

/** モール用 荷物番号ファイル: which orders wait for one, and the job that makes it. */
@Service
public class TrackingFiles {

    private final Jobs jobs;
    private final ShopDirectory shops;
    private final OrderBook orders;
    private final TrackingFileEntries entries;

    TrackingFiles(Jobs jobs, ShopDirectory shops, OrderBook orders, TrackingFileEntries entries) {
        this.jobs = jobs;
        this.shops = shops;
        this.orders = orders;
        this.entries = entries;
    }

    /** Shops whose mall has an upload file for 荷物番号. */
    public List<ShopRef> shops() {
        return shops.all().stream().filter(s -> MallTrackingFiles.supports(s.mall())).toList();
    }

    /** 出荷済 orders of the shop that no file carried yet (荷物番号連携待ち). */
    public List<Long> pending(String shopCode) {
        ShopRef shop = shops.require(shopCode);
        List<Long> shipped = orders.findIdsForShipping(OrderStatus.SHIPPED, shop.id(), null, null);
        Set<Long> done = entries.alreadyInAFile(shipped);
        return shipped.stream().filter(id -> !done.contains(id)).toList();
    }

    /** @param again put chosen orders in a file even if an earlier file carried them */
    public long submit(String shopCode, List<Long> orderIds, boolean again) {
        ShopRef shop = shops.require(shopCode);
        if (!MallTrackingFiles.supports(shop.mall())) {
            throw new InvalidInputException("shop", shop.mall().label() + " には荷物番号のアップロードファイルがありません");
        }
        List<Long> ids = orderIds == null ? List.of() : orderIds;
        Map<String, String> parameters = Map.of("shop", shop.code(),
                "orderIds", ids.stream().map(String::valueOf).collect(Collectors.joining(",")), "again", String.valueOf(again));
        return jobs.submit(new JobRequest(TrackingFileJob.TYPE, "荷物番号ファイル " + shop.name()
                + (ids.isEmpty() ? " (未出力の出荷済)" : " (" + ids.size() + "件)"), parameters, List.of()));
    }
}
