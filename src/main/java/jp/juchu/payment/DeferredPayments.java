package jp.juchu.payment;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import jp.juchu.core.ConflictException;
import jp.juchu.core.InvalidInputException;
import jp.juchu.order.Order;
import jp.juchu.order.OrderBook;
import jp.juchu.order.OrderTags;
import jp.juchu.shop.MethodMappings;
import jp.juchu.shop.PaymentCategory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 後払い: 取引登録, 与信結果, 出荷報告 and cancellation at the provider, for the process's job workers and the
 * screens. Provider calls happen outside database transactions; what they answered is stored, noted in the
 * order history and — for credit results — published as {@link CreditResultReceived} in one transaction.
 * Every operation is idempotent, so a job may safely run it again.
 */
@Service
public class DeferredPayments {

    private static final Logger log = LoggerFactory.getLogger(DeferredPayments.class);
    private static final String NOTE_KIND = "後払い";
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss").withZone(ZoneId.of("Asia/Tokyo"));
    static final int SLIP_LIMIT = 20;
    /** The slip column of {@code deferred_transaction}; CSV providers get the 荷物番号 up to this length. */
    static final int CSV_SLIP_LIMIT = 40;
    private static final String SYSTEM = "system";
    private static final int TAG_ATTEMPTS = 5;

    private final OrderBook orders;
    private final DeferredTransactions transactions;
    private final DeferredProviderSettings settings;
    private final NpAtobaraiClient np;
    private final NpAtobaraiProperties npProperties;
    private final MethodMappings methods;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    DeferredPayments(OrderBook orders, DeferredTransactions transactions, DeferredProviderSettings settings, NpAtobaraiClient np,
                     NpAtobaraiProperties npProperties, MethodMappings methods, ApplicationEventPublisher events,
                     PlatformTransactionManager transactionManager, Clock clock) {
        this.orders = orders;
        this.transactions = transactions;
        this.settings = settings;
        this.np = np;
        this.npProperties = npProperties;
        this.methods = methods;
        this.events = events;
        this.tx = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    // ---------------------------------------------------------------- 取引登録

    /**
     * Registers the order's transaction at the provider. NP後払い: sent over the API; a credit result in the
     * answer is stored and published. CSV providers: the transaction waits for the registration CSV.
     * An order that already has an active transaction gets it back and nothing is sent again — except an NP
     * registration whose answer was lost, which is sent again with the same 加盟店取引ID.
     *
     * @throws DeferredRegistrationRejected the provider (or our check of the data it needs) refuses the order
     * @throws DeferredProviderUnavailable  the provider cannot be reached now (retry later) or is not configured
     * @throws ConflictException            the order is not 後払い, is closed, or is registered with another provider
     */
    public DeferredRegistration register(long orderId, DeferredProvider provider, boolean invoiceEnclosed, String actor) {
        Objects.requireNonNull(provider, "provider");
        String by = actor(actor);
        Prepared prepared;
        try {
            prepared = tx.execute(status -> prepare(orderId, provider, invoiceEnclosed, by));
        } catch (DeferredRegistrationRejected rejected) {
            tx.executeWithoutResult(status -> storeRejection(orderId, provider, invoiceEnclosed, by, rejected.getMessage()));
            throw rejected;
        }
        if (prepared.answer() != null) {
            return prepared.answer();
        }
        return sendToNp(orderId, prepared.request());
    }

    /** Either the answer (nothing to send) or the NP request to send. */
    private record Prepared(DeferredRegistration answer, NpAtobaraiApi.Transaction request) {
    }

    private Prepared prepare(long orderId, DeferredProvider provider, boolean invoiceEnclosed, String actor) {
        Order order = orders.require(orderId);
        Optional<DeferredTransaction> existing = transactions.findByOrderId(orderId);
        if (existing.isPresent() && existing.get().getStatus().isActive()) {
            DeferredTransaction current = existing.get();
            if (current.getProvider() != provider) {
                throw new ConflictException("deferred_provider", "provider", "受注 " + order.getMallOrderNumber() + " は既に"
                        + current.getProvider().label() + "で取引登録されています（" + current.getStatus().label() + "）");
            }
            if (current.isKnownToProvider()) {
                return new Prepared(registration(current, true), null);
            }
            log.info("Re-sending the NP後払い registration {} of order {} (the last answer was lost)", current.getShopTransactionId(), orderId);
            return new Prepared(null, NpTransactionMapper.map(NpTransactionMapper.OrderData.of(order), current.getShopTransactionId()));
        }
        requireDeferred(order);
        long amount = order.getAmounts().billedTotal();
        Instant now = clock.instant();
        DeferredTransaction transaction = existing.orElseGet(() ->
                new DeferredTransaction(orderId, order.getMallOrderNumber(), provider, invoiceEnclosed, amount, actor, now));
        if (existing.isPresent()) {
            transaction.restart(provider, invoiceEnclosed, amount, actor, now);
        }
        NpAtobaraiApi.Transaction request = NpTransactionMapper.map(NpTransactionMapper.OrderData.of(order), transaction.getShopTransactionId());
        transactions.save(transaction);
        if (provider.usesCsv()) {
            note(orderId, actor, provider.label() + "の取引を登録しました（加盟店取引ID " + transaction.getShopTransactionId()
                    + "、請求書同梱: " + (invoiceEnclosed ? "する" : "しない") + "）。登録CSVの出力を待っています");
            return new Prepared(registration(transaction, false), null);
        }
        return new Prepared(null, request);
    }

    private void requireDeferred(Order order) {
        if (!PaymentCategory.DEFERRED.name().equals(order.getPaymentCategory())) {
            throw new ConflictException("payment_category", "paymentCategory", "受注 " + order.getMallOrderNumber()
                    + " の決済区分が後払いではないため後払い取引登録できません（決済区分: "
                    + (order.getPaymentCategory() == null ? "未設定" : order.getPaymentCategory()) + "）");
        }
        if (order.getStatus().isClosed()) {
            throw new ConflictException("order_closed", "status", "受注 " + order.getMallOrderNumber() + " は「"
                    + order.getStatus().label() + "」のため後払い取引登録できません");
        }
    }

    private void storeRejection(long orderId, DeferredProvider provider, boolean invoiceEnclosed, String actor, String reason) {
        Optional<Order> order = orders.find(orderId);
        if (order.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        DeferredTransaction transaction = transactions.findByOrderId(orderId).orElseGet(() -> new DeferredTransaction(orderId,
                order.get().getMallOrderNumber(), provider, invoiceEnclosed, order.get().getAmounts().billedTotal(), actor, now));
        if (transaction.getStatus().isActive() && transaction.isKnownToProvider()) {
            return;
        }
        transaction.rejected(reason, now);
        transactions.save(transaction);
        note(orderId, actor, "取引登録エラー: " + reason);
    }

    private DeferredRegistration sendToNp(long orderId, NpAtobaraiApi.Transaction request) {
        NpCredentials credentials = settings.npCredentials();
        NpAtobaraiApi.Response response;
        try {
            response = np.register(credentials, request);
        } catch (DeferredProviderUnavailable e) {
            tx.executeWithoutResult(status -> load(orderId).answerLost(e.getMessage()
                    + "（次の試行で同じ加盟店取引ID " + request.shopTransactionId() + " を送ります）", clock.instant()));
            throw e;
        } catch (NpApiException e) {
            return refusedByNp(orderId, request, e.codes());
        }
        if (response.results().isEmpty() && !response.errors().isEmpty()) {
            return refusedByNp(orderId, request, response.errors().stream().flatMap(er -> er.codes().stream()).toList());
        }
        NpAtobaraiApi.Result result = response.results().stream()
                .filter(r -> request.shopTransactionId().equals(r.shopTransactionId()))
                .findFirst()
                .orElse(response.results().size() == 1 ? response.results().get(0) : null);
        if (result == null || result.npTransactionId() == null || result.npTransactionId().isBlank()) {
            DeferredProviderUnavailable lost = new DeferredProviderUnavailable("NP後払いの取引登録の応答にNP取引IDがありません", true);
            tx.executeWithoutResult(status -> load(orderId).answerLost(lost.getMessage(), clock.instant()));
            throw lost;
        }
        NpCodes.Credit credit = NpCodes.credit(result);
        return tx.execute(status -> {
            DeferredTransaction transaction = load(orderId);
            Instant now = clock.instant();
            transaction.sending(now);
            transaction.registered(result.npTransactionId().strip(), credit.result() == null ? credit.reason() : null, now);
            note(orderId, null, "NP後払いに取引を登録しました（NP取引ID " + result.npTransactionId().strip() + "、加盟店取引ID "
                    + transaction.getShopTransactionId() + "）");
            if (credit.result() != null) {
                applyCredit(transaction, credit.result(), null, credit.reason(), now);
            }
            return registration(transaction, false);
        });
    }

    /**
     * NP refused the registration. A duplicate 加盟店取引ID means an earlier try did reach NP and only its
     * answer was lost: no second transaction exists, and the order waits (保留) until someone looks it up in
     * NP's admin screen. Anything else is a business refusal.
     */
    private DeferredRegistration refusedByNp(long orderId, NpAtobaraiApi.Transaction request, List<String> codes) {
        if (codes.stream().anyMatch(npProperties.duplicateErrorCodes()::contains)) {
            String reason = "NP後払いに同じ加盟店取引ID（" + request.shopTransactionId() + "）の取引が既にあります（前回の登録の応答が届かなかったため）。"
                    + "NP後払いの加盟店管理画面で取引と与信結果を確認してください（" + String.join(",", codes) + "）";
            log.warn("NP後払い reports {} as already registered: {}", request.shopTransactionId(), codes);
            return tx.execute(status -> {
                DeferredTransaction transaction = load(orderId);
                Instant now = clock.instant();
                transaction.sending(now);
                applyCredit(transaction, CreditResult.PENDING, null, reason, now);
                return registration(transaction, false);
            });
        }
        String reason = "NP後払いが取引登録を受け付けませんでした：" + NpCodes.errors(codes);
        tx.executeWithoutResult(status -> {
            DeferredTransaction transaction = load(orderId);
            transaction.sending(clock.instant());
            transaction.rejected(reason, clock.instant());
            note(orderId, null, "取引登録エラー: " + reason);
        });
        throw new DeferredRegistrationRejected(orderId, reason);
    }

    // ---------------------------------------------------------------- 与信結果

    /** Stores a credit result; publishes it and notes it in the order history only when it changed. */
    private boolean applyCredit(DeferredTransaction transaction, CreditResult result, String providerTransactionId, String reason,
                                Instant now) {
        if (!transaction.creditResult(result, providerTransactionId, reason, now)) {
            return false;
        }
        events.publishEvent(new CreditResultReceived(transaction.getOrderId(), result, transaction.getReason()));
        note(transaction.getOrderId(), null, transaction.getProvider().label() + "の与信結果: " + result.label()
                + (transaction.getReason() == null ? "" : "（" + transaction.getReason() + "）"));
        return true;
    }

    /**
     * Imports a CSV provider's 与信結果 file: each row updates its transaction (found by 加盟店取引ID) and
     * publishes {@link CreditResultReceived}; a row whose result is already stored publishes nothing.
     * Every row is answered, none is silently dropped.
     *
     * @throws InvalidInputException when the file cannot be read at all (encoding, missing column, broken CSV)
     */
    public List<CreditImportResult> importCreditResults(DeferredProvider provider, InputStream csv, String fileName) {
        if (!provider.usesCsv()) {
            throw new InvalidInputException("provider", provider.label() + "はAPI連携のため与信結果CSVは取り込めません");
        }
        String file = fileName == null || fileName.isBlank() ? "与信結果CSV" : fileName;
        List<CreditImportResult> results = new ArrayList<>();
        for (CreditResultCsvReader.Row row : CreditResultCsvReader.read(csv, file)) {
            results.add(importRow(provider, row, file));
        }
        return results;
    }

    private CreditImportResult importRow(DeferredProvider provider, CreditResultCsvReader.Row row, String file) {
        if (!row.usable()) {
            return new CreditImportResult(row.line(), row.shopTransactionId(), null, CreditImportResult.Outcome.REJECTED, row.problem());
        }
        String where = file + ": " + row.line() + "行目: ";
        return tx.execute(status -> {
            Optional<DeferredTransaction> found = transactions.findByProviderAndShopTransactionId(provider, row.shopTransactionId());
            if (found.isEmpty()) {
                return new CreditImportResult(row.line(), row.shopTransactionId(), null, CreditImportResult.Outcome.UNKNOWN_ORDER,
                        where + "加盟店取引ID「" + row.shopTransactionId() + "」の" + provider.label() + "取引はありません");
            }
            DeferredTransaction transaction = found.get();
            long orderId = transaction.getOrderId();
            if (!transaction.getStatus().acceptsCreditResult()) {
                return new CreditImportResult(row.line(), row.shopTransactionId(), orderId, CreditImportResult.Outcome.IGNORED,
                        where + "受注 " + transaction.getMallOrderNumber() + " の取引は「" + transaction.getStatus().label()
                                + "」のため与信結果を反映しません");
            }
            String reason = row.result() == CreditResult.OK ? null
                    : provider.label() + "の与信結果: " + row.result().label() + (row.reason() == null ? "" : "（" + row.reason() + "）");
            boolean changed = applyCredit(transaction, row.result(), row.providerTransactionId(), reason, clock.instant());
            return new CreditImportResult(row.line(), row.shopTransactionId(), orderId,
                    changed ? CreditImportResult.Outcome.UPDATED : CreditImportResult.Outcome.UNCHANGED,
                    "受注 " + transaction.getMallOrderNumber() + ": " + row.result().label() + (changed ? " を反映しました" : "（反映済み）"));
        });
    }

    /**
     * Asks NP後払い for the result of one transaction still without a final answer (40 審査前 or 保留) and
     * stores it like a synchronous one.
     *
     * @return the result now stored, empty when NP still has none
     */
    public Optional<CreditResult> refreshCreditResult(long orderId) {
        Optional<DeferredTransaction> found = transactions.findByOrderId(orderId);
        if (found.isEmpty() || found.get().getProvider() != DeferredProvider.NP_ATOBARAI || found.get().getProviderTransactionId() == null
                || !(found.get().getStatus() == DeferredStatus.REGISTERED || found.get().getStatus() == DeferredStatus.CREDIT_PENDING)) {
            return found.map(DeferredPayments::creditResultOf);
        }
        String npId = found.get().getProviderTransactionId();
        NpAtobaraiApi.Response response;
        try {
            response = np.findAuthorization(settings.npCredentials(), npId);
        } catch (NpApiException e) {
            throw new DeferredOperationRejected("orderId", "NP後払いが与信結果の照会を受け付けませんでした：" + NpCodes.errors(e.codes()));
        }
        Optional<NpAtobaraiApi.Result> result = response.results().stream().filter(r -> npId.equals(r.npTransactionId())).findFirst();
        if (result.isEmpty()) {
            return Optional.empty();
        }
        NpCodes.Credit credit = NpCodes.credit(result.get());
        if (credit.result() == null) {
            return Optional.empty();
        }
        tx.executeWithoutResult(status -> applyCredit(load(orderId), credit.result(), null, credit.reason(), clock.instant()));
        return Optional.of(credit.result());
    }

    // ---------------------------------------------------------------- 出荷報告

    /**
     * 出荷報告 after 出荷確定, from the order's own shipment data: the first 送付先 with 荷物番号, its carrier (else the
     * 配送方法's) and the 配送方法's service (ゆうパック / ゆうパケット), see {@link ShipmentSlip}. NP後払い: reported over
     * the API ({@code pd_company_code} from {@link NpCodes}, 55555 ご契約運送会社 when the number is the 指定文字列 of an
     * untracked メール便); then the order is tagged {@link OrderTags#SHIPMENT_REPORTED}. CSV providers: the transaction
     * waits as 出荷報告待ち for the 出荷報告 CSV ({@link #shipmentCsv}), which tags the order when it is written.
     * Idempotent: once the transaction has its slip, another call does nothing.
     *
     * @throws DeferredOperationRejected   the credit is not OK, the order has no 荷物番号, or NP refused the report
     *                                     (NP's error codes in Japanese)
     * @throws InvalidInputException       the 荷物番号 is longer than NP accepts
     * @throws DeferredProviderUnavailable NP cannot be reached now (retry later) or is not configured
     */
    public ShipmentReportOutcome reportShipment(long orderId) {
        Optional<DeferredTransaction> found = activeTransaction(orderId);
        if (found.isEmpty()) {
            return ShipmentReportOutcome.NO_TRANSACTION;
        }
        DeferredTransaction current = found.get();
        if (current.getShipmentRequestedAt() != null) {
            return current.getShipmentReportedAt() != null ? ShipmentReportOutcome.ALREADY_REPORTED : ShipmentReportOutcome.AWAITING_CSV;
        }
        // in a transaction: the parcels of the order's shipments load lazily
        ShipmentSlip slip = tx.execute(status -> ShipmentSlip.of(orders.require(orderId), methods::deliveryMethod)).orElseThrow(
                () -> new DeferredOperationRejected("trackingNumber", "受注 " + current.getMallOrderNumber() + " には荷物番号がないため"
                        + current.getProvider().label() + "に出荷報告できません。出荷確定で荷物番号を登録してください"));
        return report(current, slip);
    }

    /**
     * 出荷報告 with a carrier and 伝票番号 given by the caller (our carrier code or a 5-digit NP code). Same rules as
     * {@link #reportShipment(long)}; the same slip again is a no-op, another slip after the report is refused.
     *
     * @throws DeferredOperationRejected   NP refused the report, the credit is not OK, or another slip was reported
     * @throws DeferredProviderUnavailable NP cannot be reached now (retry later) or is not configured
     */
    public ShipmentReportOutcome reportShipment(long orderId, String carrierCode, String trackingNumber) {
        if (trackingNumber == null || trackingNumber.isBlank()) {
            throw new InvalidInputException("trackingNumber", "出荷報告には伝票番号が必要です");
        }
        Optional<DeferredTransaction> found = activeTransaction(orderId);
        if (found.isEmpty()) {
            return ShipmentReportOutcome.NO_TRANSACTION;
        }
        DeferredTransaction current = found.get();
        ShipmentSlip slip = new ShipmentSlip(0, carrierCode == null ? null : carrierCode.strip(), null, trackingNumber);
        if (current.getShipmentRequestedAt() != null) {
            String wanted = slip.slipNo(slipLimit(current));
            if (wanted.equals(current.getSlipNo())) {
                return current.getShipmentReportedAt() != null ? ShipmentReportOutcome.ALREADY_REPORTED : ShipmentReportOutcome.AWAITING_CSV;
            }
            throw new DeferredOperationRejected("trackingNumber", "受注 " + current.getMallOrderNumber() + " は伝票番号 "
                    + current.getSlipNo() + " で出荷報告済みです。伝票番号 " + wanted + " への変更は" + current.getProvider().label()
                    + "の管理画面で行ってください");
        }
        return report(current, slip);
    }

    private Optional<DeferredTransaction> activeTransaction(long orderId) {
        Optional<DeferredTransaction> found = transactions.findByOrderId(orderId).filter(t -> t.getStatus().isActive());
        if (found.isEmpty()) {
            log.info("Order {} has no active 後払い transaction: 出荷報告 skipped", orderId);
        }
        return found;
    }

    private static int slipLimit(DeferredTransaction transaction) {
        return transaction.getProvider().usesCsv() ? CSV_SLIP_LIMIT : SLIP_LIMIT;
    }

    private ShipmentReportOutcome report(DeferredTransaction current, ShipmentSlip slip) {
        long orderId = current.getOrderId();
        if (current.getStatus() != DeferredStatus.CREDIT_OK) {
            throw new DeferredOperationRejected("status", "受注 " + current.getMallOrderNumber() + " は与信結果がOKではないため出荷報告できません（"
                    + current.getStatus().label() + "）");
        }
        String slipNo = slip.slipNo(slipLimit(current));
        if (current.getProvider().usesCsv()) {
            tx.executeWithoutResult(status -> {
                load(orderId).awaitShipmentCsv(limit(slip.carrierCode(), 10), slipNo, clock.instant());
                note(orderId, null, current.getProvider().label() + "への出荷報告（伝票番号 " + slipNo + "）を出荷報告CSVの出力待ちにしました");
            });
            return ShipmentReportOutcome.AWAITING_CSV;
        }
        if (slipNo.length() > SLIP_LIMIT) {
            throw new InvalidInputException("trackingNumber", "NP後払いに報告できる伝票番号は" + SLIP_LIMIT + "文字までです（" + slipNo + "）");
        }
        String pdCompanyCode = NpCodes.pdCompanyCode(slip.carrierCode(), slip.service(), slip.number());
        NpAtobaraiApi.Response response;
        try {
            response = np.reportShipment(settings.npCredentials(), current.getProviderTransactionId(), pdCompanyCode, slipNo);
        } catch (NpApiException e) {
            throw shipmentRefused(current, e.codes());
        }
        if (response.results().isEmpty() && !response.errors().isEmpty()) {
            throw shipmentRefused(current, response.errors().stream().flatMap(e -> e.codes().stream()).toList());
        }
        tx.executeWithoutResult(status -> {
            DeferredTransaction transaction = load(orderId);
            Instant now = clock.instant();
            transaction.shipmentRequested(pdCompanyCode, slipNo, now);
            transaction.shipmentReported(now);
            note(orderId, null, "NP後払いに出荷報告しました（配送会社コード " + pdCompanyCode
                    + (slip.trackable() ? "" : " ご契約運送会社: 追跡できない荷物のため") + "、伝票番号 " + slipNo + "）");
        });
        tagShipmentReported(orderId);
        return ShipmentReportOutcome.REPORTED;
    }

    /**
     * Tags the order after the report is committed, in its own transaction: the process may be moving the same order
     * at this moment, and a conflict on the tag must neither undo a report the provider has already accepted nor fail
     * an operator's CSV download. The tag is retried a few times and otherwise only logged.
     */
    private void tagShipmentReported(long orderId) {
        for (int attempt = 1; ; attempt++) {
            try {
                orders.tag(orderId, OrderTags.SHIPMENT_REPORTED, SYSTEM);
                return;
            } catch (OptimisticLockingFailureException e) {
                if (attempt == TAG_ATTEMPTS) {
                    log.warn("受注 {} にタグ「{}」を付けられませんでした（{} 回とも同時に更新されていました）", orderId, OrderTags.SHIPMENT_REPORTED, TAG_ATTEMPTS);
                    return;
                }
            }
        }
    }

    private static DeferredOperationRejected shipmentRefused(DeferredTransaction transaction, List<String> codes) {
        return new DeferredOperationRejected("trackingNumber", "NP後払いが受注 " + transaction.getMallOrderNumber()
                + " の出荷報告を受け付けませんでした：" + NpCodes.errors(codes));
    }

    // ---------------------------------------------------------------- キャンセル

    /**
     * Cancels the order's transaction at the provider (NP後払い over the API; CSV providers are told in the
     * note to cancel in their admin screen when the registration CSV already went out). Idempotent: no
     * transaction or an already cancelled one is a no-op, and NP's "already cancelled" counts as done.
     *
     * @throws DeferredOperationRejected   NP refused the cancellation (e.g. the customer has already paid)
     * @throws DeferredProviderUnavailable NP cannot be reached now (retry later) or is not configured
     */
    public void cancel(long orderId) {
        Optional<DeferredTransaction> found = transactions.findByOrderId(orderId);
        if (found.isEmpty() || !found.get().getStatus().isActive()) {
            log.info("Order {} has no active 後払い transaction: cancellation skipped", orderId);
            return;
        }
        DeferredTransaction current = found.get();
        String outcome;
        if (current.getProvider().usesCsv()) {
            outcome = current.getCsvExportedAt() == null
                    ? "登録CSVの出力前にキャンセルしました"
                    : "登録CSVは出力済みです。" + current.getProvider().label() + "の管理画面でも取引をキャンセルしてください";
        } else if (current.getProviderTransactionId() == null) {
            outcome = "NP取引IDが不明です（取引登録の応答が届いていません）。NP後払いの加盟店管理画面で加盟店取引ID "
                    + current.getShopTransactionId() + " の取引を確認し、あればキャンセルしてください";
        } else {
            outcome = cancelAtNp(current);
        }
        tx.executeWithoutResult(status -> {
            load(orderId).cancelled(outcome, clock.instant());
            note(orderId, null, current.getProvider().label() + "の取引をキャンセルしました：" + outcome);
        });
    }

    private String cancelAtNp(DeferredTransaction transaction) {
        List<String> codes;
        try {
            NpAtobaraiApi.Response response = np.cancel(settings.npCredentials(), transaction.getProviderTransactionId());
            codes = response.results().isEmpty() ? response.errors().stream().flatMap(e -> e.codes().stream()).toList() : List.of();
        } catch (NpApiException e) {
            codes = e.codes();
        }
        if (codes.isEmpty()) {
            return "NP後払いで取引（NP取引ID " + transaction.getProviderTransactionId() + "）をキャンセルしました";
        }
        if (codes.stream().allMatch(npProperties.goneErrorCodes()::contains)) {
            return "NP後払いの取引はキャンセル済みか存在しません（" + NpCodes.errors(codes) + "）";
        }
        throw new DeferredOperationRejected("orderId", "NP後払いが受注 " + transaction.getMallOrderNumber()
                + " の取引キャンセルを受け付けませんでした：" + NpCodes.errors(codes));
    }

    // ---------------------------------------------------------------- CSV export

    /**
     * The registration CSV of the provider's transactions waiting for it (AWAITING_CSV); they are marked as
     * exported, so the next file has only new ones unless {@code includeExported}.
     */
    public DeferredCsvFile registrationCsv(DeferredProvider provider, boolean includeExported) {
        requireCsvProvider(provider);
        return tx.execute(status -> {
            Instant now = clock.instant();
            List<List<String>> rows = new ArrayList<>();
            int count = 0;
            for (DeferredTransaction transaction : transactions.findByProviderAndStatusOrderById(provider, DeferredStatus.AWAITING_CSV)) {
                if (transaction.getCsvExportedAt() != null && !includeExported) {
                    continue;
                }
                Optional<Order> order = orders.find(transaction.getOrderId());
                if (order.isEmpty()) {
                    continue;
                }
                NpAtobaraiApi.Transaction data;
                try {
                    data = NpTransactionMapper.map(NpTransactionMapper.OrderData.of(order.get()), transaction.getShopTransactionId());
                } catch (DeferredRegistrationRejected e) {
                    log.warn("Order {} left out of the {} registration CSV: {}", transaction.getOrderId(), provider, e.getMessage());
                    continue;
                }
                rows.addAll(DeferredCsvWriter.registrationRows(transaction, data));
                transaction.exported(now);
                count++;
            }
            String name = provider.name().toLowerCase(java.util.Locale.ROOT) + "-registration-" + FILE_TIME.format(now) + ".csv";
            return new DeferredCsvFile(name, DeferredCsvWriter.write(DeferredCsvWriter.REGISTRATION_HEADER, rows), count);
        });
    }

    /**
     * The 出荷報告 CSV of the provider's transactions waiting for it (出荷報告待ち); they become 出荷報告済 and their
     * orders get the tag {@link OrderTags#SHIPMENT_REPORTED}, so each transaction is in one file only.
     */
    public DeferredCsvFile shipmentCsv(DeferredProvider provider) {
        requireCsvProvider(provider);
        List<Long> reported = new ArrayList<>();
        DeferredCsvFile file = tx.execute(status -> {
            Instant now = clock.instant();
            List<List<String>> rows = new ArrayList<>();
            for (DeferredTransaction transaction
                    : transactions.findByProviderAndShipmentRequestedAtIsNotNullAndShipmentReportedAtIsNullOrderById(provider)) {
                if (!transaction.getStatus().isActive()) {
                    continue;
                }
                rows.add(DeferredCsvWriter.shipmentRow(transaction, now));
                transaction.shipmentReported(now);
                note(transaction.getOrderId(), null, provider.label() + "の出荷報告CSVに出力しました（伝票番号 " + transaction.getSlipNo() + "）");
                reported.add(transaction.getOrderId());
            }
            String name = provider.name().toLowerCase(java.util.Locale.ROOT) + "-shipments-" + FILE_TIME.format(now) + ".csv";
            return new DeferredCsvFile(name, DeferredCsvWriter.write(DeferredCsvWriter.SHIPMENT_HEADER, rows), rows.size());
        });
        reported.forEach(this::tagShipmentReported);
        return file;
    }

    private static void requireCsvProvider(DeferredProvider provider) {
        if (!provider.usesCsv()) {
            throw new InvalidInputException("provider", provider.label() + "はAPI連携のためCSVは使いません");
        }
    }

    // ---------------------------------------------------------------- queries

    public Optional<DeferredTransactionView> find(long orderId) {
        return transactions.findByOrderId(orderId).map(DeferredTransaction::view);
    }

    public boolean hasActiveTransaction(long orderId) {
        return transactions.findByOrderId(orderId).map(t -> t.getStatus().isActive()).orElse(false);
    }

    /** The newest transactions, optionally of one provider and/or status (後払い取引一覧). */
    public List<DeferredTransactionView> list(DeferredProvider provider, DeferredStatus status, int limit) {
        PageRequest page = PageRequest.of(0, Math.min(Math.max(limit, 1), 500));
        List<DeferredTransaction> found;
        if (provider != null && status != null) {
            found = transactions.findByProviderAndStatusOrderByIdDesc(provider, status, page);
        } else if (provider != null) {
            found = transactions.findByProviderOrderByIdDesc(provider, page);
        } else if (status != null) {
            found = transactions.findByStatusOrderByIdDesc(status, page);
        } else {
            found = transactions.findAllByOrderByIdDesc(page);
        }
        return found.stream().map(DeferredTransaction::view).toList();
    }

    // ---------------------------------------------------------------- helpers

    private DeferredTransaction load(long orderId) {
        return transactions.findByOrderId(orderId)
                .orElseThrow(() -> new IllegalStateException("後払い取引 of order " + orderId + " disappeared"));
    }

    private static DeferredRegistration registration(DeferredTransaction transaction, boolean existing) {
        return new DeferredRegistration(transaction.getOrderId(), transaction.getProvider(), transaction.getStatus(),
                transaction.getShopTransactionId(), transaction.getProviderTransactionId(), creditResultOf(transaction),
                transaction.getReason(), existing);
    }

    private static CreditResult creditResultOf(DeferredTransaction transaction) {
        return switch (transaction.getStatus()) {
            case CREDIT_OK, SHIPMENT_PENDING, SHIPMENT_REPORTED -> CreditResult.OK;
            case CREDIT_NG -> CreditResult.NG;
            case CREDIT_PENDING -> CreditResult.PENDING;
            default -> null;
        };
    }

    private void note(long orderId, String actor, String text) {
        orders.addNote(orderId, actor, NOTE_KIND, text);
    }

    private static String limit(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    private static String actor(String actor) {
        if (actor != null && !actor.isBlank()) {
            return actor.length() > 64 ? actor.substring(0, 64) : actor;
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth.getName() == null ? "system" : auth.getName();
    }
}
