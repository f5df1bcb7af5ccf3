package jp.juchu.payment.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.juchu.core.InvalidInputException;
import jp.juchu.payment.CreditImportResult;
import jp.juchu.payment.DeferredCsvFile;
import jp.juchu.payment.DeferredPayments;
import jp.juchu.payment.DeferredProvider;
import jp.juchu.payment.DeferredProviderSettings;
import jp.juchu.payment.DeferredRegistration;
import jp.juchu.payment.DeferredStatus;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** 後払い over HTTP: transactions, manual 取引登録, and the CSV exchange with CSV-linked providers. */
@RestController
class DeferredPaymentApiController {

    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=Windows-31J");

    private final DeferredPayments payments;
    private final DeferredProviderSettings settings;

    DeferredPaymentApiController(DeferredPayments payments, DeferredProviderSettings settings) {
        this.payments = payments;
        this.settings = settings;
    }

    @GetMapping("/api/deferred-payments")
    List<Map<String, Object>> list(@RequestParam(required = false) String provider, @RequestParam(required = false) String status,
                                   @RequestParam(defaultValue = "200") int limit) {
        return payments.list(provider(provider), status(status), limit).stream().map(DeferredJson::of).toList();
    }

    /** {@code invoiceEnclosed} absent = the provider's 請求書同梱 default. */
    record RegistrationRequest(String provider, Boolean invoiceEnclosed) {
    }

    @PostMapping("/api/deferred-payments/{orderId}/registration")
    DeferredRegistration register(@PathVariable long orderId, @RequestBody RegistrationRequest request) {
        DeferredProvider provider = DeferredProvider.parse("provider", request.provider());
        boolean invoice = request.invoiceEnclosed() != null ? request.invoiceEnclosed() : settings.invoiceEnclosedDefault(provider);
        return payments.register(orderId, provider, invoice, null);
    }

    @PostMapping("/api/deferred-payments/credit-results")
    Map<String, Object> importCreditResults(@RequestParam String provider,
                                            @RequestParam(value = "file", required = false) MultipartFile file) {
        DeferredProvider parsed = DeferredProvider.parse("provider", provider);
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("file", "取り込む与信結果CSV（file）を指定してください");
        }
        List<CreditImportResult> results;
        try (InputStream in = file.getInputStream()) {
            results = payments.importCreditResults(parsed, in, file.getOriginalFilename());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<CreditImportResult.Outcome, Long> counts = new EnumMap<>(CreditImportResult.Outcome.class);
        for (CreditImportResult.Outcome outcome : CreditImportResult.Outcome.values()) {
            counts.put(outcome, results.stream().filter(r -> r.outcome() == outcome).count());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("provider", parsed.name());
        body.put("file", file.getOriginalFilename());
        body.put("counts", counts);
        body.put("results", results);
        return body;
    }

    @GetMapping("/api/deferred-payments/registration-csv")
    ResponseEntity<byte[]> registrationCsv(@RequestParam String provider, @RequestParam(defaultValue = "false") boolean includeExported) {
        return download(payments.registrationCsv(DeferredProvider.parse("provider", provider), includeExported));
    }

    @GetMapping("/api/deferred-payments/shipment-csv")
    ResponseEntity<byte[]> shipmentCsv(@RequestParam String provider) {
        return download(payments.shipmentCsv(DeferredProvider.parse("provider", provider)));
    }

    static ResponseEntity<byte[]> download(DeferredCsvFile csv) {
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(csv.fileName()).build().toString())
                .header("X-Transactions", Integer.toString(csv.transactions()))
                .body(csv.content());
    }

    static DeferredProvider provider(String text) {
        return text == null || text.isBlank() ? null : DeferredProvider.parse("provider", text);
    }

    static DeferredStatus status(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return DeferredStatus.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status", "状態「" + text.strip() + "」はありません");
        }
    }
}
