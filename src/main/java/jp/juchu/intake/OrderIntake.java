package jp.juchu.intake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import jp.juchu.core.DomainException;
import jp.juchu.order.CheckResult;
import jp.juchu.order.OrderBook;
import jp.juchu.order.OrderChecks;
import jp.juchu.order.OrderSource;
import jp.juchu.order.Registration;
import jp.juchu.shop.CancelledOrderHandling;
import jp.juchu.shop.DeliveryMethodRef;
import jp.juchu.shop.MethodMappings;
import jp.juchu.shop.PaymentMethodRef;
import jp.juchu.shop.Resolution;
import jp.juchu.shop.ShopDirectory;
import jp.juchu.shop.ShopRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registers imported mall orders (CSV or API), one at a time and all-or-nothing: mapping, registration,
 * cancellation, 手動 switch, import notes and checks of one order commit together in a transaction of
 * their own, or not at all (the order is then REJECTED with the reason, the others are unaffected).
 *
 * <p>Mall-cancelled orders follow the shop's {@link CancelledOrderHandling}: registered and closed as
 * キャンセル, or skipped. An order that is already registered is always updated, so a later mall
 * cancellation closes it.
 */
@Service
public class OrderIntake {

    private static final int CONCURRENT_CHANGE_ATTEMPTS = 3;
    private static final ImportOutcome SKIPPED = ImportOutcome.of(ImportOutcome.Kind.SKIPPED_CANCELLED, null, false);

    private static final Logger log = LoggerFactory.getLogger(OrderIntake.class);

    private final OrderBook orders;
    private final OrderChecks checks;
    private final MethodMappings mappings;
    private final ShopDirectory shops;
    private final TransactionTemplate ownTransaction;
    private final int chunkSize;

    OrderIntake(OrderBook orders, OrderChecks checks, MethodMappings mappings, ShopDirectory shops,
                PlatformTransactionManager transactions, @Value("${juchu.intake.chunk-size:100}") int chunkSize) {
        this.orders = orders;
        this.checks = checks;
        this.mappings = mappings;
        this.shops = shops;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        if (chunkSize < 1) {
            throw new IllegalArgumentException("juchu.intake.chunk-size must be at least 1, was " + chunkSize);
        }
        this.chunkSize = chunkSize;
    }

    /** Registers an order read from a mall file ({@link OrderSource#CSV}). */
    public ImportOutcome register(ShopRef shop, ImportedOrder order, String actor) {
        return register(shop, order, OrderSource.CSV, actor);
    }

    /** Registers an order read from a mall file or pulled from a mall API ({@code source}). */
    public ImportOutcome register(ShopRef shop, ImportedOrder order, OrderSource source, String actor) {
        return batch(shop, source, actor).register(order);
    }

    /**
     * Registration for one job (an import file, a pull): the same as {@link #register} per order, but the
     * shop's 支払方法/配送方法 name mappings and its cancelled-order option are looked up once per distinct
     * name and job instead of once per order (a mapping changed while the job runs applies to the next job).
     */
    public Batch batch(ShopRef shop, OrderSource source, String actor) {
        return new Batch(shop, source, actor);
    }

    /**
     * One job's registrations; not thread-safe (a job registers its orders one after another). Orders either
     * go one at a time ({@link #register}) or in chunks ({@link #add}, then {@link #flush()} at the end).
     */
    public final class Batch {

        private final ShopRef shop;
        private final OrderSource source;
        private final String actor;
        private final Map<String, Resolution<PaymentMethodRef>> payments = new HashMap<>();
        private final Map<String, Resolution<DeliveryMethodRef>> deliveries = new HashMap<>();
        private final List<Pending> pending = new ArrayList<>();
        private Boolean skipsCancelled;

        private Batch(ShopRef shop, OrderSource source, String actor) {
            this.shop = shop;
            this.source = source;
            this.actor = actor;
        }

        /**
         * Queues an order of a file; {@code done} receives its outcome once its chunk is registered, at the latest on
         * {@link #flush()}. A chunk of orders commits in one transaction (one commit, one flush and one round of
         * process starts instead of one per order); when any order of it fails, the chunk rolls back and each of its
         * orders is registered again on its own, so a broken order still rejects only itself.
         */
        public void add(ImportedOrder order, Consumer<ImportOutcome> done) {
            pending.add(new Pending(order, done));
            if (pending.size() >= chunkSize) {
                flush();
            }
        }

        /** Registers the queued orders and hands each its outcome. */
        public void flush() {
            if (pending.isEmpty()) {
                return;
            }
            List<Pending> chunk = List.copyOf(pending);
            pending.clear();
            List<ImportOutcome> outcomes = registerChunk(chunk);
            for (int i = 0; i < chunk.size(); i++) {
                chunk.get(i).done().accept(outcomes == null ? register(chunk.get(i).order()) : outcomes.get(i));
            }
        }

        /**
         * The chunk's outcomes, or {@code null} when its orders have to go one by one: it rolled back, or it is a
         * single order (which goes the one-by-one way with its retries directly).
         */
        private List<ImportOutcome> registerChunk(List<Pending> chunk) {
            if (chunk.size() == 1) {
                return null;
            }
            try {
                return ownTransaction.execute(status -> {
                    List<ImportOutcome> outcomes = new ArrayList<>(chunk.size());
                    List<Long> registered = new ArrayList<>();
                    for (Pending pending : chunk) {
                        ImportOutcome outcome = skipped(pending.order()) ? SKIPPED : registerInTransaction(pending.order(), true);
                        outcomes.add(outcome);
                        if (outcome.kind() == ImportOutcome.Kind.REGISTERED) {
                            registered.add(outcome.orderId());
                        }
                    }
                    orders.announceRegistered(shop.id(), registered);
                    return outcomes;
                });
            } catch (RuntimeException e) {
                log.debug("A chunk of {} orders of shop {} rolled back; registering them one by one", chunk.size(), shop.code(), e);
                return null;
            }
        }

        public ImportOutcome register(ImportedOrder order) {
            try {
                if (skipped(order)) {
                    return SKIPPED;
                }
                return registerRetryingConcurrentChanges(order);
            } catch (DomainException e) {
                return ImportOutcome.rejected(issue(order, e.getMessage()));
            } catch (RuntimeException e) {
                log.warn("Order {} of shop {} could not be registered", order.orderNumber(), shop.code(), e);
                return ImportOutcome.rejected(issue(order, "登録できませんでした（" + e.getClass().getSimpleName() + "）。"
                        + "同じ注文を同時に取り込んでいないか確認し、もう一度取り込んでください"));
            }
        }

        /**
         * The order's process may change the order (its status, a flag) while the import updates it; the loser of
         * that race re-reads the order and applies the file again instead of rejecting the order.
         */
        private ImportOutcome registerRetryingConcurrentChanges(ImportedOrder order) {
            for (int attempt = 1; ; attempt++) {
                try {
                    return ownTransaction.execute(status -> registerInTransaction(order, false));
                } catch (OptimisticLockingFailureException e) {
                    if (attempt == CONCURRENT_CHANGE_ATTEMPTS) {
                        throw e;
                    }
                }
            }
        }

        private ImportOutcome registerInTransaction(ImportedOrder order, boolean inChunk) {
            ImportedOrderMapping.Mapped mapped = ImportedOrderMapping.map(order, source,
                    name -> payments.computeIfAbsent(nonNull(name), n -> mappings.resolvePayment(shop.code(), name)),
                    name -> deliveries.computeIfAbsent(nonNull(name), n -> mappings.resolveDelivery(shop.code(), name)));
            Registration registration = inChunk ? orders.registerInChunk(shop.id(), mapped.details(), actor)
                    : orders.register(shop.id(), mapped.details(), actor);
            long orderId = registration.orderId();
            ImportOutcome.Kind kind = switch (registration.outcome()) {
                case REGISTERED -> ImportOutcome.Kind.REGISTERED;
                case UPDATED -> ImportOutcome.Kind.UPDATED;
                case UNCHANGED -> ImportOutcome.Kind.UNCHANGED;
                case FLAGGED_AFTER_EXPORT -> ImportOutcome.Kind.FLAGGED_AFTER_EXPORT;
            };
            if (kind == ImportOutcome.Kind.UNCHANGED) {
                return ImportOutcome.of(kind, orderId, orders.require(orderId).needsReview());
            }
            if (kind != ImportOutcome.Kind.FLAGGED_AFTER_EXPORT) {
                if (!order.notes().isEmpty()) {
                    orders.addNote(orderId, actor, "取込メモ", String.join("\n", order.notes().stream().map(ImportIssue::message).toList()));
                }
                if (!mapped.mappingErrors().isEmpty()) {
                    orders.switchToManualProgress(orderId, actor, String.join("、", mapped.mappingErrors()));
                }
                if (order.cancelled()) {
                    orders.cancelAsMallCancelled(orderId, actor, order.mallStatus());
                    return ImportOutcome.of(kind, orderId, false);
                }
            }
            CheckResult result = checks.run(orderId);
            return ImportOutcome.of(kind, orderId, result.needsReview());
        }

        private boolean skipped(ImportedOrder order) {
            return order.cancelled() && skipsCancelled() && orders.findByMallOrderNumber(shop.id(), order.orderNumber()).isEmpty();
        }

        private boolean skipsCancelled() {
            if (skipsCancelled == null) {
                skipsCancelled = shops.details(shop.code()).cancelledOrders() == CancelledOrderHandling.SKIP;
            }
            return skipsCancelled;
        }
    }

    private record Pending(ImportedOrder order, Consumer<ImportOutcome> done) {
    }

    private static String nonNull(String name) {
        return name == null ? "" : name;
    }

    private static ImportIssue issue(ImportedOrder order, String message) {
        return new ImportIssue(order.file(), order.line(), null, order.orderNumber(), message);
    }
}
