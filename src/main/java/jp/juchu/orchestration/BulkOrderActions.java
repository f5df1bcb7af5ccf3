package jp.juchu.orchestration;

import io.camunda.client.api.command.ClientHttpException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import jp.juchu.core.DomainException;
import jp.juchu.core.InvalidInputException;
import jp.juchu.core.NotFoundException;
import jp.juchu.mail.BulkMailResult;
import jp.juchu.mail.OrderMails;
import jp.juchu.order.BundleResult;
import jp.juchu.order.Order;
import jp.juchu.order.OrderBook;
import jp.juchu.order.OrderBundling;
import jp.juchu.order.OrderStatus;
import jp.juchu.orchestration.BulkOrderResult.Outcome;
import jp.juchu.payment.PaymentReconciliation;
import jp.juchu.payment.ReconciliationResult;
import jp.juchu.shop.MailTemplates;
import jp.juchu.shop.MailTemplateView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * 一括操作 of the order list (screen and JSON API): checks the request once, then runs the action for each order
 * on its own, so one order's refusal or failure never stops the others and each order's change is all or
 * nothing (every domain call below has its own transaction; this class has none, as {@link OrderMails} requires).
 * Who did it goes into each order's history: through the domain calls' own notes, and a note of ours where an
 * action only completes a user task. 同梱 is the exception: one bundling of all the orders, all or nothing.
 */
@Service
public class BulkOrderActions {

    static final String CONFIRM_RAKUTEN_TASK = "confirm-rakuten-order";
    static final String REGISTER_DEFERRED_TASK = "register-deferred-payment";

    private static final Logger log = LoggerFactory.getLogger(BulkOrderActions.class);

    private final OrderBook orders;
    private final OrderProcess process;
    private final ProgressChange progress;
    private final OrderMails mails;
    private final MailTemplates templates;
    private final OrderBundling bundling;
    private final PaymentReconciliation payments;
    private final Clock clock;

    BulkOrderActions(OrderBook orders, OrderProcess process, ProgressChange progress, OrderMails mails, MailTemplates templates,
                     OrderBundling bundling, PaymentReconciliation payments, Clock clock) {
        this.orders = orders;
        this.process = process;
        this.progress = progress;
        this.mails = mails;
        this.templates = templates;
        this.bundling = bundling;
        this.payments = payments;
        this.clock = clock;
    }

    /**
     * Runs the request's action for each of its orders.
     *
     * @param actor who asks (the logged-in user), for the orders' history
     * @throws InvalidInputException an unknown action, no orders, or a missing/invalid parameter (naming the field)
     * @throws NotFoundException     送信 with a template that does not exist
     */
    public BulkOutcome run(BulkRequest request, String actor) {
        BulkParameters parameters = BulkParameters.of(request, clock);
        if (parameters.action() == BulkAction.BUNDLE) {
            return bundle(parameters.orderIds(), parameters.parentId(), actor);
        }
        Function<Order, BulkOrderResult> action = switch (parameters.action()) {
            case RECONCILE -> order -> reconcile(order, parameters, actor);
            case CONFIRM_RAKUTEN -> order -> confirmRakuten(order, actor);
            case REGISTER_DEFERRED -> order -> registerDeferred(order, parameters, actor);
            case MAIL -> mailAction(parameters.templateId(), actor);
            case PROGRESS -> order -> changeProgress(order, parameters.status(), actor);
            case HOLD -> order -> hold(order, actor);
            case RELEASE -> order -> release(order, actor);
            case CANCEL -> order -> cancel(order, parameters.reason(), actor);
            case BUNDLE -> throw new IllegalStateException("handled above");
        };
        List<BulkOrderResult> results = new ArrayList<>();
        for (long orderId : parameters.orderIds()) {
            results.add(each(orderId, action));
        }
        return new BulkOutcome(parameters.action(), results, null);
    }

    // ---- one small method per action

    private BulkOrderResult reconcile(Order order, BulkParameters parameters, String actor) {
        if (order.getStatus() != OrderStatus.AWAITING_PAYMENT) {
            return skipped(order, "入金待ではないため入金消込できません (受注進捗: " + order.getStatus().label() + ")");
        }
        ReconciliationResult result = payments.reconcile(List.of(order.getId()), parameters.paidAt(), actor).get(0);
        return result.ok() ? succeeded(order, result.message()) : failed(order.getId(), order.getMallOrderNumber(), result.message());
    }

    private BulkOrderResult confirmRakuten(Order order, String actor) {
        return completeTask(order, CONFIRM_RAKUTEN_TASK, BulkAction.CONFIRM_RAKUTEN.label(), Map.of("rakutenConfirmed", true),
                "R注文確認を完了しました (楽天へ注文確認を送ります)", actor);
    }

    private BulkOrderResult registerDeferred(Order order, BulkParameters parameters, String actor) {
        String detail = parameters.provider().label() + "、請求書同梱: " + (parameters.invoiceEnclosed() ? "する" : "しない");
        return completeTask(order, REGISTER_DEFERRED_TASK, BulkAction.REGISTER_DEFERRED.label(),
                Map.of("deferredProvider", parameters.provider().name(), "invoiceEnclosed", parameters.invoiceEnclosed()),
                "後払い取引登録を完了しました (" + detail + ")", actor);
    }

    /** The template is looked up once, so an unknown one refuses the whole request instead of every order. */
    private Function<Order, BulkOrderResult> mailAction(long templateId, String actor) {
        MailTemplateView template = templates.get(templateId);
        return order -> mail(order, template, actor);
    }

    private BulkOrderResult mail(Order order, MailTemplateView template, String actor) {
        // a mutable list: sendTemplate asks contains(null), which an immutable List.of(...) answers with an NPE
        BulkMailResult sent = mails.sendTemplate(new ArrayList<>(List.of(order.getId())), template.id(), actor).get(0);
        Outcome outcome = switch (sent.outcome()) {
            case SENT, OUTBOX -> Outcome.SUCCEEDED;
            case SKIPPED_AUTO_SEND_OFF, SKIPPED_NO_ADDRESS, SKIPPED_NO_TEMPLATE -> Outcome.SKIPPED;
            case FAILED, REFUSED -> Outcome.FAILED;
        };
        return new BulkOrderResult(order.getId(), order.getMallOrderNumber(), outcome, sent.message());
    }

    private BulkOrderResult changeProgress(Order order, OrderStatus target, String actor) {
        if (order.getStatus() == target) {
            return skipped(order, "既に「" + target.label() + "」です");
        }
        OrderStatus from = order.getStatus();
        progress.change(order.getId(), target, actor);
        return succeeded(order, switch (target) {
            case CANCELLED -> "キャンセルを指示しました (プロセスがキャンセルにします)";
            case ON_HOLD -> "保留を指示しました (プロセスが保留にします)";
            default -> "受注進捗を「" + from.label() + "」から「" + target.label() + "」に変更しました (受注進捗遷移: 手動)";
        });
    }

    private BulkOrderResult hold(Order order, String actor) {
        orders.requestHold(order.getId(), actor);
        return succeeded(order, "保留を指示しました (プロセスが保留にします)");
    }

    private BulkOrderResult release(Order order, String actor) {
        orders.requestRelease(order.getId(), actor);
        return succeeded(order, "保留解除を指示しました (プロセスが保留前の進捗に戻します)");
    }

    private BulkOrderResult cancel(Order order, String reason, String actor) {
        orders.requestCancellation(order.getId(), actor, reason);
        return succeeded(order, "キャンセルを指示しました (プロセスがキャンセルにします)");
    }

    /**
     * 同梱 of all the orders into one parent: the chosen one, else one that already took others over, else the
     * oldest (as the 同梱 screen proposes). All succeed or all fail with the refusal, which names the order and rule.
     */
    private BulkOutcome bundle(List<Long> orderIds, Long chosenParent, String actor) {
        List<Order> found = new ArrayList<>();
        for (long orderId : orderIds) {
            Optional<Order> order = orders.find(orderId);
            if (order.isEmpty()) {
                String missing = "受注 " + orderId + " はありません";
                return new BulkOutcome(BulkAction.BUNDLE, orderIds.stream().map(id -> failed(id, null, missing)).toList(), null);
            }
            found.add(order.get());
        }
        long parentId = chosenParent != null ? chosenParent : defaultParent(found).getId();
        List<Long> children = orderIds.stream().filter(id -> id != parentId).toList();
        try {
            BundleResult result = bundling.bundle(parentId, children, actor);
            return new BulkOutcome(BulkAction.BUNDLE, found.stream().map(order -> order.getId() == parentId
                    ? succeeded(order, "親受注として" + result.childIds().size() + "件の受注を同梱しました (請求金額 "
                            + String.format("%,d円", result.billingAmount()) + ")")
                    : succeeded(order, "受注 " + result.parentMallOrderNumber() + " に同梱しました")).toList(), parentId);
        } catch (DomainException refused) {
            return new BulkOutcome(BulkAction.BUNDLE, found.stream().map(order -> failed(order.getId(), order.getMallOrderNumber(),
                    "同梱できませんでした: " + refused.getMessage())).toList(), parentId);
        }
    }

    static Order defaultParent(List<Order> candidates) {
        Comparator<Order> oldestFirst = Comparator.comparing(Order::getOrderedAt).thenComparing(Order::getId);
        return candidates.stream().filter(Order::isBundleParent).min(oldestFirst)
                .orElseGet(() -> candidates.stream().min(oldestFirst).orElseThrow());
    }

    // ---- shared steps

    /** Completes the order's open user task of {@code type}, then notes who did it in the order's history. */
    private BulkOrderResult completeTask(Order order, String type, String label, Map<String, Object> variables, String done,
                                         String actor) {
        List<ProcessTask> open = process.openTasks(order.getId(), type);
        if (open.isEmpty()) {
            return skipped(order, label + "のタスクがありません (受注進捗: " + order.getStatus().label() + ")");
        }
        try {
            process.completeTask(open.get(0).key(), variables);
        } catch (ClientHttpException e) {
            if (e.code() != 404 && e.code() != 409) {
                throw e;
            }
            log.info("Task {} of order {} not completed: {}", type, order.getId(), e.getMessage());
            return failed(order.getId(), order.getMallOrderNumber(),
                    label + "のタスクを完了できませんでした (既に完了しているか、他の操作が処理中です)");
        }
        orders.addNote(order.getId(), actor, label, "一括操作で" + done);
        return succeeded(order, done);
    }

    /** One order, on its own: an unknown order or any refusal or error becomes that order's 失敗. */
    private BulkOrderResult each(long orderId, Function<Order, BulkOrderResult> action) {
        Optional<Order> order = orders.find(orderId);
        if (order.isEmpty()) {
            return failed(orderId, null, "受注 " + orderId + " はありません");
        }
        try {
            return action.apply(order.get());
        } catch (DomainException refused) {
            return failed(orderId, order.get().getMallOrderNumber(), refused.getMessage());
        } catch (RuntimeException e) {
            log.error("Bulk action on order {} failed", orderId, e);
            String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return failed(orderId, order.get().getMallOrderNumber(), "処理中にエラーが発生しました: " + detail);
        }
    }

    private static BulkOrderResult succeeded(Order order, String message) {
        return new BulkOrderResult(order.getId(), order.getMallOrderNumber(), Outcome.SUCCEEDED, message);
    }

    private static BulkOrderResult skipped(Order order, String message) {
        return new BulkOrderResult(order.getId(), order.getMallOrderNumber(), Outcome.SKIPPED, message);
    }

    private static BulkOrderResult failed(long orderId, String orderNumber, String message) {
        return new BulkOrderResult(orderId, orderNumber, Outcome.FAILED, message);
    }
}
