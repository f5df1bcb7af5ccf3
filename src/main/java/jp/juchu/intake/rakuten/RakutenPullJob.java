package jp.juchu.intake.rakuten;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import jp.juchu.intake.ImportIssue;
import jp.juchu.intake.ImportOutcome;
import jp.juchu.intake.ImportTally;
import jp.juchu.intake.OrderIntake;
import jp.juchu.intake.RakutenOrderPulls;
import jp.juchu.jobs.JobContext;
import jp.juchu.jobs.JobHandler;
import jp.juchu.mall.RakutenOrderModel;
import jp.juchu.mall.RakutenPayOrderSession;
import jp.juchu.mall.RakutenPayOrders;
import jp.juchu.order.OrderSource;
import jp.juchu.shop.ShopDetails;
import jp.juchu.shop.ShopDirectory;
import jp.juchu.shop.ShopRef;
import org.springframework.stereotype.Component;

/**
 * One 楽天ペイ受注API pull of one shop: searchOrder over the window (watermark − overlap … now), getOrder
 * in batches of 100, each order mapped and registered through {@link OrderIntake} (idempotent, own
 * transaction). The watermark moves to the window end only when every API call succeeded and every
 * order found was fetched; a failing call fails the job (its message says why) and leaves it unchanged,
 * so the next pull asks for the same window again.
 */
@Component
class RakutenPullJob implements JobHandler {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Tokyo"));

    private final ShopDirectory shops;
    private final RakutenPayOrders rakuten;
    private final RakutenPullWatermarks watermarks;
    private final OrderIntake intake;
    private final Clock clock;
    private final RakutenApiOrderMapper mapper = new RakutenApiOrderMapper();

    RakutenPullJob(ShopDirectory shops, RakutenPayOrders rakuten, RakutenPullWatermarks watermarks, OrderIntake intake,
            Clock clock) {
        this.shops = shops;
        this.rakuten = rakuten;
        this.watermarks = watermarks;
        this.intake = intake;
        this.clock = clock;
    }

    @Override
    public String type() {
        return RakutenOrderPulls.JOB_TYPE;
    }

    @Override
    public void run(JobContext context) {
        String code = context.parameter(RakutenOrderPulls.SHOP);
        ShopRef shop = shops.require(code);
        ShopDetails details = shops.details(code);
        if (!details.orderIntakeEnabled()) {
            throw new IllegalStateException("ショップ「" + details.shortName() + "」は受注取込が「使用しない」になったため取り込みませんでした");
        }
        RakutenPayOrderSession session = rakuten.open(code);
        PullWindow window = watermarks.windowFor(shop.id(), clock.instant());
        List<String> numbers = session.searchOrderNumbers(window.from(), window.to());
        context.total(numbers.size());
        Tally tally = new Tally(context, shop);
        for (int i = 0; i < numbers.size(); i += RakutenPayOrderSession.GET_ORDER_BATCH) {
            List<String> batch = numbers.subList(i, Math.min(numbers.size(), i + RakutenPayOrderSession.GET_ORDER_BATCH));
            Set<String> missing = new LinkedHashSet<>(batch);
            for (RakutenOrderModel.Order order : session.getOrders(batch)) {
                missing.remove(order.orderNumber());
                tally.register(order);
            }
            missing.forEach(tally::missing);
        }
        if (tally.missing == 0) {
            watermarks.advance(shop.id(), window.to(), context.jobId());
        }
        StringBuilder message = new StringBuilder("注文日時 " + SHOWN.format(window.from()) + "〜" + SHOWN.format(window.to())
                + " の " + numbers.size() + "件: " + tally.summary());
        if (tally.missing > 0) {
            message.append("。詳細を取得できない注文があったため、次回も同じ期間から取り込みます");
        }
        session.licenseWarning().ifPresent(warning -> message.append("。").append(warning));
        context.message(message.toString());
    }

    /** Registers orders and moves the job's counters. */
    private final class Tally {

        private final JobContext context;
        private final ShopRef shop;
        private final ImportTally counts;
        private int processed;
        private int missing;

        Tally(JobContext context, ShopRef shop) {
            this.context = context;
            this.shop = shop;
            this.counts = new ImportTally(context);
        }

        void register(RakutenOrderModel.Order order) {
            RakutenApiOrderMapper.Result mapped = mapper.map(order);
            if (mapped.rejected() != null) {
                reject(mapped.rejected().problems());
            } else {
                ImportOutcome outcome = intake.register(shop, mapped.order(), OrderSource.API, context.startedBy());
                counts.count(outcome);
                if (outcome.kind() == ImportOutcome.Kind.REJECTED) {
                    report(outcome.issues());
                }
            }
            context.processed(++processed);
        }

        void missing(String orderNumber) {
            missing++;
            counts.rejected();
            context.error(null, null, orderNumber, "楽天RMSから注文の詳細（getOrder）を取得できませんでした");
            context.processed(++processed);
        }

        private void reject(List<ImportIssue> issues) {
            counts.rejected();
            report(issues);
        }

        private void report(List<ImportIssue> issues) {
            issues.forEach(issue -> context.error(null, issue.column(), issue.orderNumber(), issue.message()));
        }

        String summary() {
            return counts.summary();
        }
    }
}
