package jp.juchu.intake;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.juchu.core.ConflictException;
import jp.juchu.core.Mall;
import jp.juchu.intake.rakuten.RakutenPullWatermarks;
import jp.juchu.jobs.JobRequest;
import jp.juchu.jobs.JobRun;
import jp.juchu.jobs.JobState;
import jp.juchu.jobs.Jobs;
import jp.juchu.mall.MallApiException;
import jp.juchu.mall.RakutenPayOrders;
import jp.juchu.shop.ShopDetails;
import jp.juchu.shop.ShopDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Starts 楽天ペイ受注API pulls (受注取込 by API) as jobs, on demand or for every eligible shop on schedule.
 * A shop is eligible when it is a 楽天 shop with 受注取込 使用する, serviceSecret and licenseKey set, and a
 * licenseKey that has not expired.
 */
@Service
public class RakutenOrderPulls {

    /** The job type of a pull; its parameter {@value #SHOP} is the shop code. */
    public static final String JOB_TYPE = "intake.rakuten-pull";
    public static final String SHOP = "shop";
    private static final Logger log = LoggerFactory.getLogger(RakutenOrderPulls.class);
    private static final int RECENT_JOBS = 100;
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private final ShopDirectory shops;
    private final RakutenPayOrders rakuten;
    private final Jobs jobs;
    private final RakutenPullWatermarks watermarks;

    RakutenOrderPulls(ShopDirectory shops, RakutenPayOrders rakuten, Jobs jobs, RakutenPullWatermarks watermarks) {
        this.shops = shops;
        this.rakuten = rakuten;
        this.jobs = jobs;
        this.watermarks = watermarks;
    }

    /** Every 楽天 shop with what decides whether it can be pulled, and how far it has been pulled. */
    public List<RakutenPullTarget> targets() {
        List<RakutenPullTarget> targets = new ArrayList<>();
        for (ShopDetails shop : shops.allDetails()) {
            if (shop.mall() == Mall.RAKUTEN) {
                long id = shops.require(shop.code()).id();
                targets.add(new RakutenPullTarget(shop.code(), shop.shortName(), shop.orderIntakeEnabled(),
                        shop.credentialsConfigured(), shop.licenseKeyExpiresOn(), shop.licenseKeyExpiresSoon(),
                        shop.licenseKeyExpired(), watermarks.pulledUntil(id)
                                .map(until -> until.atZone(JAPAN).toLocalDateTime()).orElse(null)));
            }
        }
        return targets;
    }

    /**
     * Submits a pull of {@code shopCode}.
     *
     * @return the job id
     * @throws jp.juchu.core.NotFoundException unknown shop
     * @throws ConflictException               not a 楽天 shop, 受注取込 off, no credentials or an expired licenseKey
     */
    public long submit(String shopCode) {
        ShopDetails shop = shops.details(shopCode);
        requireEligible(shop);
        return jobs.submit(new JobRequest(JOB_TYPE, "楽天ペイ受注API取込 " + shop.shortName(), Map.of(SHOP, shop.code()), List.of()));
    }

    /** Submits a pull for every eligible shop that has none queued or running; returns the job ids. */
    public List<Long> submitForAllShops() {
        List<Long> submitted = new ArrayList<>();
        for (ShopDetails shop : shops.allDetails()) {
            if (shop.mall() != Mall.RAKUTEN || !shop.orderIntakeEnabled() || !shop.credentialsConfigured()
                    || pullInProgress(shop.code())) {
                continue;
            }
            try {
                submitted.add(submit(shop.code()));
            } catch (ConflictException e) {
                log.warn("Scheduled 楽天 pull of shop {} not started: {}", shop.code(), e.getMessage());
            }
        }
        return submitted;
    }

    private void requireEligible(ShopDetails shop) {
        if (shop.mall() != Mall.RAKUTEN) {
            throw new ConflictException("not_rakuten", "shop", "ショップ「" + shop.shortName()
                    + "」は" + shop.mall().label() + "のショップです。楽天ペイ受注APIで取り込めるのは楽天のショップだけです");
        }
        if (!shop.orderIntakeEnabled()) {
            throw new ConflictException("intake_disabled", "shop", "ショップ「" + shop.shortName()
                    + "」は受注取込が「使用しない」になっています。連携ショップ設定で「使用する」にしてから取り込んでください");
        }
        try {
            rakuten.open(shop.code());
        } catch (MallApiException e) {
            String code = e.kind() == MallApiException.Kind.LICENSE_EXPIRED ? "license_expired" : "credentials_missing";
            throw new ConflictException(code, "credentials", e.getMessage());
        }
    }

    private boolean pullInProgress(String shopCode) {
        for (JobRun run : jobs.recent(JOB_TYPE, 0, RECENT_JOBS).getContent()) {
            boolean active = run.getState() == JobState.QUEUED || run.getState() == JobState.RUNNING;
            if (active && shopCode.equals(jobs.parameters(run).get(SHOP))) {
                return true;
            }
        }
        return false;
    }
}
