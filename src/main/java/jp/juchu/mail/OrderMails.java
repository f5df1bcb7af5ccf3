package jp.juchu.mail;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import jp.juchu.core.ConflictException;
import jp.juchu.core.DomainException;
import jp.juchu.core.InvalidInputException;
import jp.juchu.core.NotFoundException;
import jp.juchu.order.Order;
import jp.juchu.order.OrderBook;
import jp.juchu.shop.AutomationSettingsManagement;
import jp.juchu.shop.MailPurpose;
import jp.juchu.shop.MailTemplateView;
import jp.juchu.shop.MailTemplates;
import jp.juchu.shop.ShopDirectory;
import jp.juchu.shop.ShopRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mails to the orderer of an order: the process's automatic mails, the operator's 送信 from the order list and
 * each order's mail log. Every mail is stored first ({@code mail_message}), then delivered by the
 * {@link MailTransport}; the order history gets one line (kind {@value #HISTORY_KIND}) per stored result.
 *
 * <p>Call these methods outside a transaction: each mail is stored and delivered in a transaction of its own,
 * and a {@link MailDeliveryFailed} is thrown only after the failed attempt has been stored.
 */
@Service
public class OrderMails {

    static final String HISTORY_KIND = "メール";
    static final String PROCESS_ACTOR = "system";
    static final int KEY_LIMIT = 200;
    static final int BULK_LIMIT = 1000;

    private static final Logger log = LoggerFactory.getLogger(OrderMails.class);

    private final MailMessageRepository messages;
    private final MailComposer composer;
    private final MailTransport transport;
    private final OrderBook orders;
    private final ShopDirectory shops;
    private final MailTemplates templates;
    private final AutomationSettingsManagement automation;
    private final PlatformTransactionManager transactions;
    private final TransactionTemplate tx;
    private final Clock clock;

    OrderMails(MailMessageRepository messages, MailComposer composer, MailTransport transport, OrderBook orders,
               ShopDirectory shops, MailTemplates templates, AutomationSettingsManagement automation,
               PlatformTransactionManager transactions, Clock clock) {
        this.messages = messages;
        this.composer = composer;
        this.transport = transport;
        this.orders = orders;
        this.shops = shops;
        this.templates = templates;
        this.automation = automation;
        this.transactions = transactions;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** The same service delivering through another transport (tests: an SMTP server that refuses). */
    OrderMails withTransport(MailTransport other) {
        return new OrderMails(messages, composer, other, orders, shops, templates, automation, transactions, clock);
    }

    /**
     * An automatic mail of the order process. Skipped (and logged as such) when 自動処理設定 does not send
     * {@code purpose} automatically, when the order has no e-mail address or when the shop has no template
     * for it; otherwise stored and sent ({@link MailOutcome#SENT}) or kept in the outbox ({@link MailOutcome#OUTBOX}).
     *
     * <p>Idempotent per {@code idempotencyKey}: a second call returns the first outcome and sends nothing. Only
     * a message whose delivery failed is delivered again, the same stored message (not rendered again).
     *
     * @throws MailDeliveryFailed when the SMTP server did not take the message (stored as FAILED; retry later)
     * @throws NotFoundException  when the order does not exist
     */
    public MailOutcome sendForProcess(long orderId, MailPurpose purpose, String idempotencyKey) {
        String key = key(idempotencyKey);
        if (purpose == null) {
            throw new InvalidInputException("purpose", "メールの用途を指定してください");
        }
        return withOneRetry(() -> processMail(orderId, purpose, key)).outcomeOrThrow();
    }

    /**
     * 送信 from the order list: sends the chosen template to each order (any purpose; 自動処理設定 does not
     * apply). A template of one shop is refused for orders of another shop. Never throws for one order's
     * failure: each order gets its own result.
     *
     * @throws NotFoundException     when the template does not exist
     * @throws InvalidInputException when no order is given or too many
     */
    public List<BulkMailResult> sendTemplate(List<Long> orderIds, long templateId, String actor) {
        if (orderIds == null || orderIds.isEmpty()) {
            throw new InvalidInputException("orderIds", "送信する受注を選択してください");
        }
        if (orderIds.stream().anyMatch(java.util.Objects::isNull)) {
            throw new InvalidInputException("orderIds", "受注 ID に空の値があります");
        }
        Set<Long> unique = new LinkedHashSet<>(orderIds);
        if (unique.size() > BULK_LIMIT) {
            throw new InvalidInputException("orderIds", "一度に送信できるのは" + BULK_LIMIT + "件までです (" + unique.size() + "件が選択されています)");
        }
        MailTemplateView template = templates.get(templateId);
        String batch = UUID.randomUUID().toString();
        List<BulkMailResult> results = new ArrayList<>();
        for (long orderId : unique) {
            results.add(sendOne(orderId, template, actor, "bulk:" + batch + ":" + orderId));
        }
        return results;
    }

    /** Delivers a stored message that failed or waits in the outbox once more (送信箱 → 送信). */
    public MailSendResult resend(long messageId, String actor) {
        Attempt attempt = tx.execute(status -> {
            MailMessage message = messages.lockById(messageId)
                    .orElseThrow(() -> new NotFoundException("メール " + messageId + " はありません"));
            if (!message.awaitsDelivery()) {
                throw new ConflictException("status", "メール " + messageId + " は「" + message.getStatus().label() + "」のため送信できません");
            }
            if (!transport.delivers()) {
                throw new ConflictException("smtp_not_configured", "status",
                        "SMTP サーバーが設定されていないため送信できません (spring.mail.host を設定してください)");
            }
            return deliver(message, actor);
        });
        return new MailSendResult(attempt.messageId(), attempt.outcome(), attempt.message());
    }

    /** The order's mails, oldest first, including the ones that were not sent and why. */
    public List<OrderMailView> log(long orderId) {
        return tx.execute(status -> {
            if (orders.find(orderId).isEmpty()) {
                throw new NotFoundException("受注 " + orderId + " はありません");
            }
            return messages.findByOrderIdOrderByIdAsc(orderId).stream().map(OrderMails::view).toList();
        });
    }

    /** Whether mails leave over SMTP; false: they stay in the outbox. */
    public boolean sendsOverSmtp() {
        return transport.delivers();
    }

    private Attempt processMail(long orderId, MailPurpose purpose, String key) {
        Optional<MailMessage> stored = messages.findByIdempotencyKey(key);
        if (stored.isPresent()) {
            return again(stored.get(), orderId, purpose);
        }
        Order order = orders.require(orderId);
        ShopRef shop = shop(order);
        MailHeader header = new MailHeader(key, orderId, shop.id(), purpose);
        Optional<MailTemplateView> template = templates.resolve(purpose, shop.code());
        Optional<MailOutcome> skip = MailRules.skipForProcess(automation.current().sendsAutomatically(purpose),
                order.getOrdererEmail(), template.isPresent());
        if (skip.isPresent()) {
            return store(MailMessage.skipped(header, skip.get(), order.getOrdererEmail(),
                    MailRules.skipReason(skip.get(), purpose, shop), PROCESS_ACTOR, clock.instant()), PROCESS_ACTOR);
        }
        return composeAndDeliver(header, order, shop, template.get(), PROCESS_ACTOR);
    }

    /** The same key again: the first outcome, unless the first delivery failed, then that message once more. */
    private Attempt again(MailMessage stored, long orderId, MailPurpose purpose) {
        if (!Long.valueOf(orderId).equals(stored.getOrderId()) || stored.getPurpose() != purpose) {
            throw new ConflictException("idempotencyKey", "idempotencyKey「" + stored.getIdempotencyKey() + "」は受注 "
                    + stored.getOrderId() + " の「" + stored.getPurpose().label() + "」メールに使われています");
        }
        MailMessage message = messages.lockById(stored.getId()).orElseThrow();
        if (message.getStatus() == MailOutcome.FAILED && transport.delivers()) {
            return deliver(message, PROCESS_ACTOR);
        }
        return Attempt.of(message);
    }

    private BulkMailResult sendOne(long orderId, MailTemplateView template, String actor, String key) {
        try {
            Attempt attempt = withOneRetry(() -> bulkMail(orderId, template, actor, key));
            return new BulkMailResult(orderId, attempt.outcome(), attempt.message());
        } catch (DomainException e) {
            return new BulkMailResult(orderId, MailOutcome.REFUSED, e.getMessage());
        } catch (RuntimeException e) {
            log.error("Mail with template {} to order {} failed", template.id(), orderId, e);
            return new BulkMailResult(orderId, MailOutcome.FAILED, "送信処理でエラーが発生しました: " + e.getMessage());
        }
    }

    private Attempt bulkMail(long orderId, MailTemplateView template, String actor, String key) {
        Optional<Order> found = orders.find(orderId);
        if (found.isEmpty()) {
            return Attempt.refused("受注 " + orderId + " はありません");
        }
        Order order = found.get();
        ShopRef shop = shop(order);
        Optional<String> mismatch = MailRules.shopMismatch(template, shop);
        if (mismatch.isPresent()) {
            return Attempt.refused(mismatch.get());
        }
        MailHeader header = new MailHeader(key, orderId, shop.id(), template.purpose());
        if (!MailRules.hasAddress(order.getOrdererEmail())) {
            MailOutcome skip = MailOutcome.SKIPPED_NO_ADDRESS;
            return store(MailMessage.skipped(header, skip, null, MailRules.skipReason(skip, template.purpose(), shop), actor,
                    clock.instant()), actor);
        }
        return composeAndDeliver(header, order, shop, template, actor);
    }

    private Attempt composeAndDeliver(MailHeader header, Order order, ShopRef shop, MailTemplateView template, String actor) {
        ComposedMail mail = composer.compose(order, shop.code(), template);
        MailMessage message = messages.saveAndFlush(MailMessage.composed(header, template, mail, actor, clock.instant()));
        if (!transport.delivers()) {
            return noted(message, actor);
        }
        return deliver(message, actor);
    }

    private Attempt store(MailMessage message, String actor) {
        return noted(messages.saveAndFlush(message), actor);
    }

    /** Sends while the row is locked (or just inserted), so one message is never delivered twice at once. */
    private Attempt deliver(MailMessage message, String actor) {
        try {
            transport.send(message.outgoing());
            message.delivered(clock.instant());
        } catch (MailTransportException e) {
            log.warn("Mail {} to order {} not delivered: {}", message.getId(), message.getOrderId(), e.getMessage());
            message.deliveryFailed(e.getMessage(), clock.instant());
        }
        messages.flush();
        return noted(message, actor);
    }

    private Attempt noted(MailMessage message, String actor) {
        if (message.getOrderId() != null) {
            orders.addNote(message.getOrderId(), actor, HISTORY_KIND, MailTexts.history(message));
        }
        return Attempt.of(message);
    }

    /**
     * Runs {@code work} in a transaction; when a concurrent call with the same key stored its message first (unique
     * key) or holds its lock, once more: the second run then finds that message.
     */
    private Attempt withOneRetry(Supplier<Attempt> work) {
        try {
            return tx.execute(status -> work.get());
        } catch (DataIntegrityViolationException | PessimisticLockingFailureException e) {
            log.debug("Concurrent mail with the same key, reading it again", e);
            return tx.execute(status -> work.get());
        }
    }

    private ShopRef shop(Order order) {
        return shops.findById(order.getShopId())
                .orElseThrow(() -> new IllegalStateException("shop " + order.getShopId() + " of order " + order.getId() + " is missing"));
    }

    private static String key(String idempotencyKey) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            throw new InvalidInputException("idempotencyKey", "idempotencyKey を指定してください");
        }
        String key = idempotencyKey.strip();
        if (key.length() > KEY_LIMIT) {
            throw new InvalidInputException("idempotencyKey", "idempotencyKey は" + KEY_LIMIT + "文字以内にしてください");
        }
        return key;
    }

    static OrderMailView view(MailMessage m) {
        return new OrderMailView(m.getPurpose().name(), m.getSubject(), m.getRecipient(), m.getSentAt(), m.getStatus().name(),
                m.getId(), m.getCreatedAt(), m.getReason());
    }

    /** What one call did: the stored message, its outcome and, when this very call's delivery failed, why. */
    private record Attempt(long messageId, MailOutcome outcome, String failure, String message) {

        static Attempt of(MailMessage message) {
            String failure = message.getStatus() == MailOutcome.FAILED ? message.getReason() : null;
            return new Attempt(message.getId(), message.getStatus(), failure, MailTexts.result(message));
        }

        static Attempt refused(String why) {
            return new Attempt(0, MailOutcome.REFUSED, null, why);
        }

        MailOutcome outcomeOrThrow() {
            if (failure != null) {
                throw new MailDeliveryFailed(messageId, failure);
            }
            return outcome;
        }
    }
}
