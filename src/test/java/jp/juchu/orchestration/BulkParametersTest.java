package jp.juchu.orchestration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.LongStream;
import jp.juchu.core.InvalidInputException;
import jp.juchu.order.OrderStatus;
import jp.juchu.payment.DeferredProvider;
import org.junit.jupiter.api.Test;

class BulkParametersTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T03:00:00Z"), ZoneId.of("Asia/Tokyo"));

    @Test
    void anUnknownOrMissingActionIsRefusedNamingTheField() {
        assertRefused(BulkRequest.of("archive", List.of(1L)), "action", "一括操作「archive」はありません");
        assertRefused(BulkRequest.of(" ", List.of(1L)), "action", "一括操作 (action) を選択してください");
        assertRefused(BulkRequest.of(null, List.of(1L)), "action", "一括操作 (action) を選択してください");
    }

    @Test
    void ordersAreRequiredDistinctAndLimited() {
        assertRefused(BulkRequest.of("hold", List.of()), "orderIds", "保留する受注を選択してください");
        assertRefused(BulkRequest.of("hold", null), "orderIds", "保留する受注を選択してください");
        assertRefused(BulkRequest.of("hold", Arrays.asList(1L, null)), "orderIds", "受注 ID の 2件目が空です");
        List<Long> tooMany = new ArrayList<>(LongStream.rangeClosed(1, 1001).boxed().toList());
        assertRefused(BulkRequest.of("hold", tooMany), "orderIds", "一度に操作できる受注は1000件までです (1001件が選択されています)");

        BulkParameters parameters = BulkParameters.of(BulkRequest.of("hold", List.of(3L, 1L, 3L, 2L)), CLOCK);
        assertThat(parameters.action()).isEqualTo(BulkAction.HOLD);
        assertThat(parameters.orderIds()).containsExactly(3L, 1L, 2L);
    }

    @Test
    void eachActionNeedsItsOwnParameters() {
        assertRefused(request("register-deferred", null, null, null, null, null), "provider", "後払いサービスを指定してください");
        assertRefused(request("register-deferred", "PAYPAY_ATOBARAI", null, null, null, null), "provider", "後払いサービス「PAYPAY_ATOBARAI」はありません");
        assertRefused(request("mail", null, null, null, null, null), "templateId", "送信するメールテンプレート (templateId) を選択してください");
        assertRefused(request("progress", null, null, null, null, null), "status", "変更先の受注進捗 (status) を選択してください");
        assertRefused(request("progress", null, null, "SOMEWHERE", null, null), "status", "受注進捗「SOMEWHERE」はありません");
        assertRefused(request("progress", null, null, "BUNDLED", null, null), "status", "同梱済へは「同梱」で変更してください");
        assertRefused(request("cancel", null, null, null, "あ".repeat(501), null), "reason", "キャンセル理由は500文字以内にしてください (501文字)");

        BulkParameters deferred = BulkParameters.of(new BulkRequest("register-deferred", List.of(1L), null, "NP_ATOBARAI", true,
                null, null, null, null), CLOCK);
        assertThat(deferred.provider()).isEqualTo(DeferredProvider.NP_ATOBARAI);
        assertThat(deferred.invoiceEnclosed()).isTrue();
        assertThat(BulkParameters.of(request("register-deferred", "GMO_ATOBARAI", null, null, null, null), CLOCK).invoiceEnclosed()).isFalse();
        assertThat(BulkParameters.of(request("progress", null, null, " READY_TO_SHIP ", null, null), CLOCK).status())
                .isEqualTo(OrderStatus.READY_TO_SHIP);
        assertThat(BulkParameters.of(request("mail", null, 7L, null, null, null), CLOCK).templateId()).isEqualTo(7L);
        assertThat(BulkParameters.of(request("cancel", null, null, null, "  お客様都合 ", null), CLOCK).reason()).isEqualTo("お客様都合");
        assertThat(BulkParameters.of(request("cancel", null, null, null, " ", null), CLOCK).reason()).isNull();
    }

    @Test
    void bundlingNeedsTwoOrdersAndAParentAmongThem() {
        assertRefused(BulkRequest.of("bundle", List.of(1L)), "orderIds", "同梱するには受注を2件以上選択してください");
        assertRefused(BulkRequest.of("bundle", List.of(1L, 1L)), "orderIds", "同梱するには受注を2件以上選択してください");
        assertRefused(new BulkRequest("bundle", List.of(1L, 2L), null, null, null, null, null, null, 3L), "parentId",
                "親受注 (ID 3) は選択した受注に含まれていません");

        assertThat(BulkParameters.of(new BulkRequest("bundle", List.of(1L, 2L), null, null, null, null, null, null, 2L), CLOCK).parentId())
                .isEqualTo(2L);
        assertThat(BulkParameters.of(BulkRequest.of("bundle", List.of(1L, 2L)), CLOCK).parentId()).isNull();
    }

    @Test
    void paidAtIsReadAsAnInstantADateTimeInJapanOrADateAndNeverInTheFuture() {
        assertThat(BulkParameters.paidAt("2026-11-10T10:00:00+09:00", CLOCK)).isEqualTo(Instant.parse("2026-11-10T01:00:00Z"));
        assertThat(BulkParameters.paidAt("2026-11-10T01:00:00Z", CLOCK)).isEqualTo(Instant.parse("2026-11-10T01:00:00Z"));
        assertThat(BulkParameters.paidAt("2026-11-10T10:00", CLOCK)).isEqualTo(Instant.parse("2026-11-10T01:00:00Z"));
        assertThat(BulkParameters.paidAt("2026-11-10", CLOCK)).isEqualTo(Instant.parse("2026-11-09T15:00:00Z"));
        assertThat(BulkParameters.paidAt(" ", CLOCK)).isNull();
        assertThat(BulkParameters.paidAt(null, CLOCK)).isNull();

        assertThatThrownBy(() -> BulkParameters.paidAt("10日", CLOCK)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("入金日時「10日」を読み取れません")
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("paidAt"));
        assertThatThrownBy(() -> BulkParameters.paidAt("2026-11-20T12:01", CLOCK)).isInstanceOf(InvalidInputException.class)
                .hasMessage("入金日時に未来の日時 (2026/11/20 12:01) は指定できません");
        assertThat(BulkParameters.of(new BulkRequest("reconcile", List.of(1L), "2026-11-20T12:00", null, null, null, null, null, null),
                CLOCK).paidAt()).isEqualTo(Instant.parse("2026-11-20T03:00:00Z"));
    }

    private static BulkRequest request(String action, String provider, Long templateId, String status, String reason, Long parentId) {
        return new BulkRequest(action, List.of(1L), null, provider, null, templateId, status, reason, parentId);
    }

    private static void assertRefused(BulkRequest request, String field, String messageStart) {
        assertThatThrownBy(() -> BulkParameters.of(request, CLOCK))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith(messageStart)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo(field));
    }
}
