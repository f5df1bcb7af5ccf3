package jp.juchu.shipping;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jp.juchu.jobs.JobContext;
import jp.juchu.jobs.JobHandler;
import jp.juchu.mall.MallTrackingFiles;
import jp.juchu.mall.TrackingNotice;
import jp.juchu.order.Order;
import jp.juchu.order.OrderBook;
import jp.juchu.order.OrderStatus;
import jp.juchu.shop.ShopDirectory;
import jp.juchu.shop.ShopRef;
import org.springframework.stereotype.Component;

/**
 * モール用 荷物番号ファイル (R荷物, Y荷物, A出荷, W荷物) for a shop without API linking: the 出荷済 orders whose
 * 荷物番号 no file carried yet (or the chosen ones), after which their processes go on from 荷物番号連携待ち.
 * An order goes into a second file only when asked for explicitly ({@code again}).
 */
@Component
class TrackingFileJob implements JobHandler {

    static final String TYPE = "shipping.tracking-file";

    private final OrderBook orders;
    private final ShopDirectory shops;
    private final TrackingNotices notices;
    private final TrackingFileEntries entries;
    private final Clock clock;

    TrackingFileJob(OrderBook orders, ShopDirectory shops, TrackingNotices notices, TrackingFileEntries entries, Clock clock) {
        this.orders = orders;
        this.shops = shops;
        this.notices = notices;
        this.entries = entries;
        this.clock = clock;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public void run(JobContext context) throws Exception {
        ShopRef shop = shops.require(context.parameter("shop"));
        List<Long> chosen = ShippingExportJob.ids(context.parameter("orderIds"));
        boolean again = Boolean.parseBoolean(context.parameter("again"));
        List<Long> ids = chosen.isEmpty() ? orders.findIdsForShipping(OrderStatus.SHIPPED, shop.id(), null, null) : chosen;
        Set<Long> done = entries.alreadyInAFile(ids);
        context.total(ids.size());

        List<TrackingNotice> lines = new ArrayList<>();
        List<Long> included = new ArrayList<>();
        int processed = 0;
        for (Order order : orders.requireAll(ids)) {
            context.processed(++processed);
            if (done.contains(order.getId()) && !(again && !chosen.isEmpty())) {
                if (!chosen.isEmpty()) {
                    context.error(null, null, order.getMallOrderNumber(), "既に荷物番号ファイルに出力済みです (もう一度出すには「出力済みも含める」を選んでください)");
                    context.rejected();
                }
                continue;
            }
            String refusal = refusal(order, shop);
            if (refusal != null) {
                context.error(null, null, order.getMallOrderNumber(), refusal);
                context.rejected();
                continue;
            }
            notices.of(order).forEach(n -> lines.add(n.notice()));
            included.add(order.getId());
        }
        if (included.isEmpty()) {
            context.message("荷物番号ファイルに出す受注はありませんでした");
            return;
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        MallTrackingFiles.write(shop.mall(), lines, file);
        String name = MallTrackingFiles.fileName(shop.mall(), LocalDate.now(clock), (int) context.jobId());
        context.addOutput(name, new ByteArrayInputStream(file.toByteArray()));
        entries.record(context.jobId(), included);
        for (long orderId : included) {
            orders.recordTrackingFileGenerated(orderId, name, context.startedBy());
            context.imported();
        }
        context.message(shop.name() + " " + name + ": " + included.size() + "件");
    }

    private static String refusal(Order order, ShopRef shop) {
        if (order.getShopId() != shop.id()) {
            return "ショップ「" + shop.name() + "」の受注ではありません";
        }
        if (order.getStatus() != OrderStatus.SHIPPED && order.getStatus() != OrderStatus.COMPLETED) {
            return "「" + order.getStatus().label() + "」の受注は荷物番号ファイルに出せません (出荷済のみ)";
        }
        if (!order.isFullyTracked()) {
            return "荷物番号のない送付先があります";
        }
        return null;
    }
}
