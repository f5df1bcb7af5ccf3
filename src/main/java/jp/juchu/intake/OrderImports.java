package jp.juchu.intake;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.juchu.core.ConflictException;
import jp.juchu.core.InvalidInputException;
import jp.juchu.jobs.JobRequest;
import jp.juchu.jobs.Jobs;
import jp.juchu.shop.ShopDetails;
import jp.juchu.shop.ShopDirectory;
import org.springframework.stereotype.Service;

/**
 * Starts an order import (受注取込) from uploaded mall files as a job: checks the shop and the format,
 * keeps the original files with the job, and returns the job id. The work is done by
 * {@link OrderImportJob}.
 */
@Service
public class OrderImports {

    static final String JOB_TYPE = "intake.csv-import";
    static final String SHOP = "shop";
    static final String FORMAT = "format";
    static final String ORDERS_FILE = "ordersFile";
    static final String ITEMS_FILE = "itemsFile";

    private final ShopDirectory shops;
    private final Jobs jobs;

    OrderImports(ShopDirectory shops, Jobs jobs) {
        this.shops = shops;
        this.jobs = jobs;
    }

    /** An uploaded file: its name as the user's browser sent it and a way to read it (more than once). */
    public record Upload(String fileName, long size, Opener opener) {

        public boolean isEmpty() {
            return size <= 0;
        }
    }

    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    /**
     * @param formatText {@code null} or blank for the shop's mall default
     * @param items      the Yahoo items file ({@code null} for other malls)
     * @return the job id
     */
    public long submit(String shopCode, String formatText, Upload file, Upload items) {
        ShopDetails shop = shops.details(shopCode);
        if (!shop.orderIntakeEnabled()) {
            throw new ConflictException("intake_disabled", "shop", "ショップ「" + shop.shortName()
                    + "」は受注取込が「使用しない」になっています。連携ショップ設定で「使用する」にしてから取り込んでください");
        }
        ImportFormat format = formatText == null || formatText.isBlank()
                ? ImportFormat.defaultFor(shop.mall()).orElseThrow(() -> new InvalidInputException("format",
                        shop.mall().label() + "のショップには取込形式を指定してください"))
                : ImportFormat.parse(formatText);
        if (format.mall() != shop.mall()) {
            throw new InvalidInputException("format", "取込形式「" + format.label() + "」は" + shop.mall().label()
                    + "のショップ「" + shop.shortName() + "」には使えません");
        }
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("file", "取り込むファイルを選択してください");
        }
        Upload orders = file;
        Upload orderItems = items;
        if (format.isYahoo()) {
            if (items == null || items.isEmpty()) {
                throw new InvalidInputException("items", "Yahoo!ショッピングの取込には注文CSV（file）と商品明細CSV（items）の両方が必要です");
            }
            if (looksLikeItems(file) && !looksLikeItems(items)) {
                orders = items;
                orderItems = file;
            }
        }
        String ordersName = safeName(orders.fileName(), "orders.csv");
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put(SHOP, shop.code());
        parameters.put(FORMAT, format.name());
        parameters.put(ORDERS_FILE, ordersName);
        List<JobRequest.Input> inputs = new ArrayList<>();
        inputs.add(new JobRequest.Input(ordersName, open(orders)));
        String label = shop.shortName() + " " + format.label() + " " + ordersName;
        if (format.isYahoo()) {
            String itemsName = safeName(orderItems.fileName(), "items.csv");
            if (itemsName.equals(ordersName)) {
                itemsName = "items-" + itemsName;
            }
            parameters.put(ITEMS_FILE, itemsName);
            inputs.add(new JobRequest.Input(itemsName, open(orderItems)));
            label += " / " + itemsName;
        }
        return jobs.submit(new JobRequest(JOB_TYPE, "受注取込 " + label, parameters, inputs));
    }

    /** Yahoo's items download is the one whose header has LineId. */
    private static boolean looksLikeItems(Upload upload) {
        try (InputStream in = upload.opener().open()) {
            String header = new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1)).readLine();
            return header != null && header.contains("LineId");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(Upload upload) {
        try {
            return upload.opener().open();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file name without any path, limited to what the job history stores. */
    static String safeName(String original, String fallback) {
        if (original == null || original.isBlank()) {
            return fallback;
        }
        String name = original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        if (name.isEmpty()) {
            return fallback;
        }
        return name.length() > 150 ? name.substring(name.length() - 150) : name;
    }
}
