package jp.juchu.shipping;

import java.util.List;
import jp.juchu.core.InvalidInputException;
import jp.juchu.jobs.JobRequest;
import jp.juchu.jobs.Jobs;
import jp.juchu.shop.ShopDirectory;
import org.springframework.stereotype.Service;

/** Starts 出荷指示エクスポート jobs (screens and API). */
@Service
public class ShippingExports {

    private final Jobs jobs;
    private final LabelFormats formats;
    private final ShopDirectory shops;

    ShippingExports(Jobs jobs, LabelFormats formats, ShopDirectory shops) {
        this.jobs = jobs;
        this.formats = formats;
        this.shops = shops;
    }

    /** Checks the request (format, shop) now, so that a typo is a 400 and not a failed job; returns the job id. */
    public long submit(ExportRequest request) {
        LabelFormat format = formats.resolve(request.format());
        if (request.shop() != null && shops.find(request.shop()).isEmpty()) {
            throw new InvalidInputException("shop", "ショップ「" + request.shop() + "」は登録されていません");
        }
        String scope = request.orderIds().isEmpty() ? "出荷待" + (request.includeShipping() ? "・出荷中" : "") + "の絞り込み"
                : request.orderIds().size() + "件";
        return jobs.submit(new JobRequest(ShippingExportJob.TYPE, "出荷指示 " + format.label() + " (" + scope + ")",
                request.toParameters(), List.of()));
    }

    /** The formats an operator can choose (B2クラウド, e飛伝, ゆうパックプリントR and the user templates). */
    public List<FormatChoice> formats() {
        return formats.all().stream().map(f -> new FormatChoice(f.id(), f.label())).toList();
    }

    public record FormatChoice(String id, String label) {
    }
}
