package jp.juchu.orchestration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.juchu.core.ConflictException;
import jp.juchu.core.NotFoundException;
import jp.juchu.mail.BulkMailResult;
import jp.juchu.mail.MailOutcome;
import jp.juchu.mail.OrderMails;
import jp.juchu.order.BundleResult;
import jp.juchu.order.Order;
import jp.juchu.order.OrderBook;
import jp.juchu.order.OrderBundling;
import jp.juchu.order.OrderStatus;
import jp.juchu.orchestration.BulkOrderResult.Outcome;
import jp.juchu.payment.PaymentReconciliation;
import jp.juchu.payment.ReconciliationResult;
import jp.juchu.shop.MailPurpose;
import jp.juchu.shop.MailTemplateView;
import jp.juchu.shop.MailTemplates;
import org.junit.jupiter.api.Test;

/** Dispatch of each action to its domain call, per order, with the collaborators mocked. */
class BulkOrderActionsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T03:00:00Z"), ZoneId.of("Asia/Tokyo"));

    private final OrderBook orders = mock(OrderBook.class);
    private final OrderProcess process = mock(OrderProcess.class);
    private final ProgressChange progress = mock(ProgressChange.class);
    private final OrderMails mails = mock(OrderMails.class);
    private final MailTemplates templates = mock(MailTemplates.class);
    private final OrderBundling bundling = mock(OrderBundling.class);
    private final PaymentReconciliation payments = mock(PaymentReconciliation.class);
    private final BulkOrderActions actions = new BulkOrderActions(orders, process, progress, mails, templates, bundling, payments, CLOCK);

    @Test
    void oneOrdersRefusalNeverStopsTheOthers() {
        order(1, OrderStatus.READY_TO_SHIP, "2026-11-01T00:00:00Z");
        order(2, OrderStatus.ON_HOLD, "2026-11-02T00:00:00Z");
        order(3, OrderStatus.READY_TO_SHIP, "2026-11-03T00:00:00Z");
        doThrow(new ConflictException("status_transition", "status", "「保留」の受注は保留にできません"))
                .when(orders).requestHold(eq(2L), anyString());

        BulkOutcome outcome = actions.run(BulkRequest.of("hold", List.of(1L, 2L, 3L, 4L)), "sato");

        assertThat(outcome.results()).extracting(BulkOrderResult::orderId, BulkOrderResult::outcome, BulkOrderResult::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1L, Outcome.SUCCEEDED, "保留を指示しました (プロセスが保留にします)"),
                org.assertj.core.groups.Tuple.tuple(2L, Outcome.FAILED, "「保留」の受注は保留にできません"),
                org.assertj.core.groups.Tuple.tuple(3L, Outcome.SUCCEEDED, "保留を指示しました (プロセスが保留にします)"),
                org.assertj.core.groups.Tuple.tuple(4L, Outcome.FAILED, "受注 4 はありません"));
        assertThat(outcome.results().get(0).orderNumber()).isEqualTo("R-1");
        verify(orders).requestHold(1L, "sato");
        verify(orders).requestHold(3L, "sato");
    }

    @Test
    void anUnexpectedErrorIsThatOrdersFailure() {
        order(1, OrderStatus.ON_HOLD, "2026-11-01T00:00:00Z");
        order(2, OrderStatus.ON_HOLD, "2026-11-02T00:00:00Z");
        doThrow(new IllegalStateException("engine down")).when(orders).requestRelease(eq(1L), anyString());

        BulkOutcome outcome = actions.run(BulkRequest.of("release", List.of(1L, 2L)), "sato");

        assertThat(outcome.results()).extracting(BulkOrderResult::outcome).containsExactly(Outcome.FAILED, Outcome.SUCCEEDED);
        assertThat(outcome.results().get(0).message()).isEqualTo("処理中にエラーが発生しました: engine down");
    }

    @Test
    void taskActionsCompleteTheOpenTaskWithItsVariablesAndNoteWhoDidIt() {
        order(1, OrderStatus.REVIEW, "2026-11-01T00:00:00Z");
        order(2, OrderStatus.READY_TO_SHIP, "2026-11-02T00:00:00Z");
        when(process.openTasks(1L, "register-deferred-payment")).thenReturn(List.of(task(77, 1L, "register-deferred-payment")));
        when(process.openTasks(2L, "register-deferred-payment")).thenReturn(List.of());

        BulkOutcome outcome = actions.run(new BulkRequest("register-deferred", List.of(1L, 2L), null, "NP_ATOBARAI", true, null, null,
                null, null), "sato");

        verify(process).completeTask(77L, Map.of("deferredProvider", "NP_ATOBARAI", "invoiceEnclosed", true));
        verify(orders).addNote(1L, "sato", "後払い取引登録", "一括操作で後払い取引登録を完了しました (NP後払い、請求書同梱: する)");
        assertThat(outcome.results().get(0).outcome()).isEqualTo(Outcome.SUCCEEDED);
        assertThat(outcome.results().get(1).outcome()).isEqualTo(Outcome.SKIPPED);
        assertThat(outcome.results().get(1).message()).isEqualTo("後払い取引登録のタスクがありません (受注進捗: 出荷待)");
    }

    @Test
    void rakutenConfirmationWithoutItsTaskIsNotApplicable() {
        order(1, OrderStatus.AWAITING_PAYMENT, "2026-11-01T00:00:00Z");
        when(process.openTasks(1L, "confirm-rakuten-order")).thenReturn(List.of());

        BulkOutcome outcome = actions.run(BulkRequest.of("confirm-rakuten", List.of(1L)), "sato");

        assertThat(outcome.results().get(0).outcome()).isEqualTo(Outcome.SKIPPED);
        assertThat(outcome.results().get(0).message()).startsWith("R注文確認のタスクがありません");
        verify(process, never()).completeTask(anyLong(), any());
    }

    @Test
    void reconciliationTakesOnlyOrdersAwaitingPaymentAndPassesTheRefusalOn() {
        order(1, OrderStatus.AWAITING_PAYMENT, "2026-11-01T00:00:00Z");
        order(2, OrderStatus.READY_TO_SHIP, "2026-11-02T00:00:00Z");
        order(3, OrderStatus.AWAITING_PAYMENT, "2026-11-03T00:00:00Z");
        Instant paidAt = Instant.parse("2026-11-10T01:00:00Z");
        when(payments.reconcile(List.of(1L), paidAt, "sato")).thenReturn(List.of(new ReconciliationResult(1L, true, "入金を消し込みました")));
        when(payments.reconcile(List.of(3L), paidAt, "sato")).thenReturn(List.of(new ReconciliationResult(3L, false, "既に入金消込済みです")));

        BulkOutcome outcome = actions.run(new BulkRequest("reconcile", List.of(1L, 2L, 3L), "2026-11-10T10:00", null, null, null, null,
                null, null), "sato");

        assertThat(outcome.results()).extracting(BulkOrderResult::outcome).containsExactly(Outcome.SUCCEEDED, Outcome.SKIPPED, Outcome.FAILED);
        assertThat(outcome.results().get(1).message()).isEqualTo("入金待ではないため入金消込できません (受注進捗: 出荷待)");
        assertThat(outcome.results().get(2).message()).isEqualTo("既に入金消込済みです");
        verify(payments, never()).reconcile(eq(List.of(2L)), any(), any());
    }

    @Test
    void mailOutcomesMapToSuccessFailureAndNotApplicable() {
        order(1, OrderStatus.READY_TO_SHIP, "2026-11-01T00:00:00Z");
        order(2, OrderStatus.READY_TO_SHIP, "2026-11-02T00:00:00Z");
        order(3, OrderStatus.READY_TO_SHIP, "2026-11-03T00:00:00Z");
        when(templates.get(9L)).thenReturn(new MailTemplateView(9L, MailPurpose.FREE, null, "お知らせ", "件名", "本文", Instant.EPOCH));
        when(mails.sendTemplate(List.of(1L), 9L, "sato")).thenReturn(List.of(new BulkMailResult(1L, MailOutcome.SENT, "送信しました")));
        when(mails.sendTemplate(List.of(2L), 9L, "sato")).thenReturn(List.of(new BulkMailResult(2L, MailOutcome.SKIPPED_NO_ADDRESS, "アドレスなし")));
        when(mails.sendTemplate(List.of(3L), 9L, "sato")).thenReturn(List.of(new BulkMailResult(3L, MailOutcome.REFUSED, "他ショップ")));

        BulkOutcome outcome = actions.run(new BulkRequest("mail", List.of(1L, 2L, 3L), null, null, null, 9L, null, null, null), "sato");

        assertThat(outcome.results()).extracting(BulkOrderResult::outcome).containsExactly(Outcome.SUCCEEDED, Outcome.SKIPPED, Outcome.FAILED);
        assertThat(outcome.results()).extracting(BulkOrderResult::message).containsExactly("送信しました", "アドレスなし", "他ショップ");
    }

    @Test
    void anUnknownTemplateRefusesTheWholeRequest() {
        order(1, OrderStatus.READY_TO_SHIP, "2026-11-01T00:00:00Z");
        when(templates.get(9L)).thenThrow(new NotFoundException("メールテンプレート 9 はありません"));

        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        actions.run(new BulkRequest("mail", List.of(1L), null, null, null, 9L, null, null, null), "sato"))
                .isInstanceOf(NotFoundException.class);
        verifyNoInteractions(mails);
    }

    @Test
    void progressChangeSkipsOrdersAlreadyThere() {
        order(1, OrderStatus.AWAITING_PAYMENT, "2026-11-01T00:00:00Z");
        order(2, OrderStatus.READY_TO_SHIP, "2026-11-02T00:00:00Z");

        BulkOutcome outcome = actions.run(new BulkRequest("progress", List.of(1L, 2L), null, null, null, null, "READY_TO_SHIP", null,
                null), "sato");

        verify(progress).change(1L, OrderStatus.READY_TO_SHIP, "sato");
        verify(progress, never()).change(eq(2L), any(), any());
        assertThat(outcome.results().get(0).message()).isEqualTo("受注進捗を「入金待」から「出荷待」に変更しました (受注進捗遷移: 手動)");
        assertThat(outcome.results().get(1).outcome()).isEqualTo(Outcome.SKIPPED);
        assertThat(outcome.results().get(1).message()).isEqualTo("既に「出荷待」です");
    }

    @Test
    void cancelPassesTheReason() {
        order(1, OrderStatus.READY_TO_SHIP, "2026-11-01T00:00:00Z");

        actions.run(new BulkRequest("cancel", List.of(1L), null, null, null, null, null, "お客様都合", null), "sato");

        verify(orders).requestCancellation(1L, "sato", "お客様都合");
    }

    @Test
    void bundlingUsesAnExistingParentElseTheOldestUnlessOneIsChosen() {
        Order newest = order(1, OrderStatus.READY_TO_SHIP, "2026-11-03T00:00:00Z");
        Order oldest = order(2, OrderStatus.READY_TO_SHIP, "2026-11-01T00:00:00Z");
        Order parent = order(3, OrderStatus.READY_TO_SHIP, "2026-11-02T00:00:00Z");
        assertThat(BulkOrderActions.defaultParent(List.of(newest, oldest))).isSameAs(oldest);
        when(parent.isBundleParent()).thenReturn(true);
        assertThat(BulkOrderActions.defaultParent(List.of(newest, oldest, parent))).isSameAs(parent);

        when(bundling.bundle(2L, List.of(1L), "sato")).thenReturn(new BundleResult(2L, "R-2", List.of(1L), 5000, null, 2));
        BulkOutcome bundled = actions.run(BulkRequest.of("bundle", List.of(1L, 2L)), "sato");
        assertThat(bundled.parentId()).isEqualTo(2L);
        assertThat(bundled.results()).extracting(BulkOrderResult::message)
                .containsExactly("受注 R-2 に同梱しました", "親受注として1件の受注を同梱しました (請求金額 5,000円)");

        when(bundling.bundle(1L, List.of(2L), "sato")).thenThrow(new ConflictException("bundle_refused", "childIds", "受注 R-2 は同梱できません: 保留中"));
        BulkOutcome refused = actions.run(new BulkRequest("bundle", List.of(1L, 2L), null, null, null, null, null, null, 1L), "sato");
        assertThat(refused.parentId()).isEqualTo(1L);
        assertThat(refused.results()).extracting(BulkOrderResult::outcome).containsOnly(Outcome.FAILED);
        assertThat(refused.results().get(0).message()).isEqualTo("同梱できませんでした: 受注 R-2 は同梱できません: 保留中");
    }

    private Order order(long id, OrderStatus status, String orderedAt) {
        Order order = mock(Order.class);
        when(order.getId()).thenReturn(id);
        when(order.getMallOrderNumber()).thenReturn("R-" + id);
        when(order.getStatus()).thenReturn(status);
        when(order.getOrderedAt()).thenReturn(Instant.parse(orderedAt));
        when(orders.find(id)).thenReturn(Optional.of(order));
        return order;
    }

    private static ProcessTask task(long key, long orderId, String type) {
        return new ProcessTask(key, type, type, orderId, type, null, List.of("operators"), null, 1L);
    }
}
