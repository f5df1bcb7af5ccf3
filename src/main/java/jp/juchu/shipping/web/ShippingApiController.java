package jp.juchu.shipping.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.juchu.core.InvalidInputException;
import jp.juchu.shipping.CarrierAccount;
import jp.juchu.shipping.CarrierAccounts;
import jp.juchu.shipping.ConfirmationRequest;
import jp.juchu.shipping.ExportRequest;
import jp.juchu.shipping.ShippingConfirmations;
import jp.juchu.shipping.ShippingExports;
import jp.juchu.shipping.TrackingFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** 出荷指示エクスポート and 出荷確定インポート over HTTP; both answer with the job that does the work. */
@RestController
class ShippingApiController {

    private final ShippingExports exports;
    private final ShippingConfirmations confirmations;
    private final CarrierAccounts accounts;

    ShippingApiController(ShippingExports exports, ShippingConfirmations confirmations, CarrierAccounts accounts) {
        this.exports = exports;
        this.confirmations = confirmations;
        this.accounts = accounts;
    }

    /**
     * {@code {"format": "B2"|"EHIDEN"|"YUPRI"|"TEMPLATE:<id>", "orderIds": [...]}} or a filter instead of ids
     * ({@code "filter": {"shop", "deliveryMethod", "paymentMethod"}}, also accepted at the top level), with optional
     * {@code shipDate}, {@code removeAddressSpaces}, {@code includeShipping}.
     */
    @PostMapping("/api/shipping/exports")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, Object> export(@RequestBody JsonNode body) {
        JsonNode filter = body.path("filter");
        ExportRequest request = new ExportRequest(text(body, "format"), ids(body.path("orderIds")),
                either(filter, body, "shop"), either(filter, body, "deliveryMethod"), either(filter, body, "paymentMethod"),
                ExportRequest.date(text(body, "shipDate")), body.path("removeAddressSpaces").asBoolean(false),
                body.path("includeShipping").asBoolean(false));
        return Map.of("jobId", exports.submit(request));
    }

    @GetMapping("/api/shipping/formats")
    List<ShippingExports.FormatChoice> formats() {
        return exports.formats();
    }

    @PostMapping("/api/shipping/confirmations")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, Object> confirm(@RequestParam(value = "file", required = false) MultipartFile file,
                                @RequestParam(value = "format", required = false) String format,
                                @RequestParam(value = "overwriteDates", defaultValue = "false") boolean overwriteDates,
                                @RequestParam(value = "replaceTracking", defaultValue = "false") boolean replaceTracking,
                                @RequestParam(value = "blankTrackingText", required = false) String blankTrackingText,
                                @RequestParam(value = "shop", required = false) String shop) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("file", "取り込むファイル (file) を指定してください");
        }
        ConfirmationRequest request = new ConfirmationRequest(TrackingFormat.of(format), overwriteDates, replaceTracking,
                blankTrackingText, shop);
        try (InputStream content = file.getInputStream()) {
            return Map.of("jobId", confirmations.submit(request, file.getOriginalFilename(), content));
        }
    }

    @GetMapping("/api/shipping/carrier-accounts")
    Map<String, CarrierAccount> carrierAccounts() {
        return new LinkedHashMap<>(accounts.all());
    }

    @PutMapping("/api/shipping/carrier-accounts/{carrier}")
    CarrierAccount updateCarrierAccount(@PathVariable String carrier, @RequestBody CarrierAccount account) {
        return accounts.update(carrier, account);
    }

    private static String either(JsonNode filter, JsonNode body, String field) {
        String value = text(filter, field);
        return value != null ? value : text(body, field);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }

    private static List<Long> ids(JsonNode node) {
        List<Long> ids = new ArrayList<>();
        if (node.isMissingNode() || node.isNull()) {
            return ids;
        }
        if (!node.isArray()) {
            throw new InvalidInputException("orderIds", "orderIds は受注IDの配列で指定してください");
        }
        for (JsonNode id : node) {
            if (!id.canConvertToLong()) {
                throw new InvalidInputException("orderIds", "受注ID「" + id.asText() + "」は数値ではありません");
            }
            ids.add(id.asLong());
        }
        return ids;
    }
}
