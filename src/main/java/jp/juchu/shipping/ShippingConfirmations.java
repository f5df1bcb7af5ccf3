package jp.juchu.shipping;

import java.io.InputStream;
import java.util.List;
import jp.juchu.core.InvalidInputException;
import jp.juchu.jobs.JobRequest;
import jp.juchu.jobs.Jobs;
import jp.juchu.shop.ShopDirectory;
import org.springframework.stereotype.Service;

/** Starts 出荷確定インポート jobs (screens and API). */
@Service
public class ShippingConfirmations {

    private final Jobs jobs;
    private final ShopDirectory shops;

    ShippingConfirmations(Jobs jobs, ShopDirectory shops) {
        this.jobs = jobs;
        this.shops = shops;
    }

    /** Keeps the file with the job (re-runnable, visible in スケジュール一覧) and returns the job id. */
    public long submit(ConfirmationRequest request, String fileName, InputStream content) {
        if (fileName == null || fileName.isBlank()) {
            throw new InvalidInputException("file", "取り込むファイルを選択してください");
        }
        if (!request.shop().isEmpty() && shops.find(request.shop()).isEmpty()) {
            throw new InvalidInputException("shop", "ショップ「" + request.shop() + "」は登録されていません");
        }
        String name = fileName.replaceAll("[\\\\/]", "_");
        return jobs.submit(new JobRequest(ShippingConfirmationJob.TYPE, "出荷確定 " + request.format().label() + " " + name,
                request.toParameters(name), List.of(new JobRequest.Input(name, content))));
    }
}
