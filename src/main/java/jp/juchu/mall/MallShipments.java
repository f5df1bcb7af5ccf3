package jp.juchu.mall;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import jp.juchu.core.Mall;
import jp.juchu.shop.CredentialDecryptionException;
import jp.juchu.shop.ShopDirectory;
import jp.juchu.shop.ShopRef;
import org.springframework.stereotype.Service;

/**
 * The malls' side of a shipped order: how a shop's mall learns the 荷物番号 ({@link #linkOf}), sending them by API
 * ({@link #pushTracking}) and the mall's own completion ({@link #complete}). Every call is safe to repeat: what the
 * mall already has is not sent again.
 */
@Service
public class MallShipments {

    /** Malls with a 荷物番号 API client here. */
    static final Set<Mall> API_MALLS = EnumSet.of(Mall.RAKUTEN, Mall.YAHOO, Mall.AMAZON);
    /** Malls with an upload file for 荷物番号 (R荷物, Y荷物, A出荷, W荷物). */
    static final Set<Mall> FILE_MALLS = EnumSet.of(Mall.RAKUTEN, Mall.YAHOO, Mall.AMAZON, Mall.AUPAY);

    private final ShopDirectory shops;
    private final RakutenPayOrders rakuten;
    private final YahooShopping yahoo;
    private final AmazonShipping amazon;
    private final Clock clock;

    MallShipments(ShopDirectory shops, RakutenPayOrders rakuten, YahooShopping yahoo, AmazonShipping amazon, Clock clock) {
        this.shops = shops;
        this.rakuten = rakuten;
        this.yahoo = yahoo;
        this.amazon = amazon;
        this.clock = clock;
    }

    /**
     * API for 楽天, Yahoo!ショッピング and Amazon shops with API credentials (also when they cannot be decrypted: the
     * push then fails with the reason, instead of silently waiting for a file); CSV for those malls without credentials
     * and for au PAY マーケット; NONE for the others (MakeShop, Qoo10, eBay …).
     *
     * @throws jp.juchu.core.NotFoundException when the shop does not exist
     */
    public TrackingLink linkOf(String shopCode) {
        ShopRef shop = shops.require(shopCode);
        if (API_MALLS.contains(shop.mall()) && hasCredentials(shopCode)) {
            return TrackingLink.API;
        }
        return FILE_MALLS.contains(shop.mall()) ? TrackingLink.CSV : TrackingLink.NONE;
    }

    /**
     * Sends the order's 荷物番号 to the mall: 楽天 updateOrderShipping, Yahoo orderShipStatusChange (出荷済み), Amazon
     * confirmShipment. Shipments without 出荷日 are reported as shipped today.
     *
     * @throws MallApiException NOT_CONFIGURED when the shop is not {@link TrackingLink#API}; otherwise as the mall
     *                          answered ({@link MallApiException#retryable()} tells whether trying later may help)
     */
    public PushResult pushTracking(String shopCode, TrackingNotice notice) {
        ShopRef shop = shops.require(shopCode);
        if (linkOf(shopCode) != TrackingLink.API) {
            throw new MallApiException(MallApiException.Kind.NOT_CONFIGURED, 0,
                    "ショップ「" + shop.name() + "」は" + shop.mall().label() + "のAPI連携が設定されていないため、荷物番号をAPIで送れません");
        }
        return switch (shop.mall()) {
            case RAKUTEN -> rakuten.open(shopCode).updateOrderShipping(notice, LocalDate.now(clock));
            case YAHOO -> yahoo.pushTracking(shopCode, notice);
            case AMAZON -> amazon.confirmShipment(shopCode, notice);
            default -> throw new IllegalStateException("no tracking API for " + shop.mall());
        };
    }

    /**
     * モールステータス更新 after shipping. Only Yahoo!ショッピング (API) is changed here, to 完了 (orderStatusChange with
     * IsPointFix), which settles points and card payment; 楽天 moves the order to 発送済 by itself the day after the
     * 発送日, Amazon's confirmShipment already was the completion, the other malls are updated in their own screens.
     */
    public CompletionResult complete(String shopCode, String mallOrderNumber) {
        ShopRef shop = shops.require(shopCode);
        TrackingLink link = linkOf(shopCode);
        return switch (shop.mall()) {
            case YAHOO -> link == TrackingLink.API ? yahoo.complete(shopCode, mallOrderNumber)
                    : new CompletionResult(Mall.YAHOO, false, "Yahoo!ショッピングのAPI連携が設定されていないため、ストアクリエイターProで注文を「完了」にしてください。"
                            + YahooShopping.SETTLEMENT_NOTE);
            case RAKUTEN -> new CompletionResult(Mall.RAKUTEN, false, "楽天市場は発送日の翌日にRMSが注文を「発送済」にします（操作は不要です）");
            case AMAZON -> new CompletionResult(Mall.AMAZON, false, link == TrackingLink.API
                    ? "Amazonは出荷通知（confirmShipment）で出荷済みになりました（操作は不要です）"
                    : "Amazonは出荷通知ファイルのアップロードで出荷済みになります");
            default -> new CompletionResult(shop.mall(), false, shop.mall().label() + "の注文ステータスはモールの管理画面で更新してください");
        };
    }

    private boolean hasCredentials(String shopCode) {
        try {
            return shops.credentials(shopCode).isConfigured();
        } catch (CredentialDecryptionException e) {
            return true;
        }
    }
}
