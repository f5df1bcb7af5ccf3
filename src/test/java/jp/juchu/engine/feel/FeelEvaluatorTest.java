package jp.juchu.engine.feel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

class FeelEvaluatorTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private final FeelEvaluator feel = new FeelEvaluator(Clock.fixed(Instant.parse("2026-11-30T01:00:00Z"), TOKYO));

    private static Map<String, Object> order() {
        Map<String, Object> order = new LinkedHashMap<>();
        order.put("id", "R-1001");
        order.put("total", 128000);
        order.put("customer", Map.of("name", "山田 太郎", "address", Map.of("pref", "東京都")));
        order.put("items", List.of(Map.of("sku", "A-1", "qty", 2), Map.of("sku", "B-2", "qty", 1.5)));
        Map<String, Object> vars = new HashMap<>();
        vars.put("order", order);
        vars.put("nothing", null);
        return vars;
    }

    @Test
    void evaluatesArithmeticToLongOrDouble() {
        assertThat(feel.evaluate("1 + 2", Map.of())).isEqualTo(3L);
        assertThat(feel.evaluate("10 / 4", Map.of())).isEqualTo(2.5d);
        assertThat(feel.evaluate("order.total * 2", order())).isEqualTo(256000L);
        assertThat(feel.evaluate("sum(for i in order.items return i.qty)", order())).isEqualTo(3.5d);
    }

    @Test
    void readsNestedContextsAndJapaneseStrings() {
        assertThat(feel.evaluate("order.customer.address.pref", order())).isEqualTo("東京都");
        assertThat(feel.evaluate("order.customer.name + \" 様\"", order())).isEqualTo("山田 太郎 様");
        assertThat(feel.evaluate("string length(\"受注管理\")", Map.of())).isEqualTo(4L);
        assertThat(feel.evaluate("nothing", order())).isNull();
    }

    @Test
    void returnsContextsAsMapsAndListsAsLists() {
        Object result = feel.evaluate("{状態: \"確認待\", 明細: [1, \"二\", null, {x: true}], 内側: {a: {b: 1}}}", Map.of());
        assertThat(result).isInstanceOf(LinkedHashMap.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> context = (Map<String, Object>) result;
        assertThat(context.get("状態")).isEqualTo("確認待");
        assertThat(context.get("明細")).isInstanceOf(ArrayList.class);
        List<Object> items = new ArrayList<>();
        items.add(1L);
        items.add("二");
        items.add(null);
        items.add(Map.of("x", true));
        assertThat(context.get("明細")).isEqualTo(items);
        assertThat(context.get("内側")).isEqualTo(Map.of("a", Map.of("b", 1L)));
        assertThat(feel.evaluate("for i in order.items return i.sku", order())).isEqualTo(List.of("A-1", "B-2"));
    }

    @Test
    void returnsTemporalValuesAsIsoStrings() {
        assertThat(feel.evaluate("date(\"2026-01-01\")", Map.of())).isEqualTo("2026-01-01");
        assertThat(feel.evaluate("date and time(\"2026-11-30T10:00:00+09:00\") + duration(\"P3D\")", Map.of()))
                .isEqualTo("2026-12-03T10:00:00+09:00");
        assertThat(feel.evaluate("date and time(\"2026-11-30T10:00:00\")", Map.of())).isEqualTo("2026-11-30T10:00:00");
        assertThat(feel.evaluate("time(\"10:00:00\")", Map.of())).isEqualTo("10:00:00");
        assertThat(feel.evaluate("duration(\"PT72H\")", Map.of())).isEqualTo("P3D");
        assertThat(feel.evaluate("duration(\"P1DT2H30M\")", Map.of())).isEqualTo("P1DT2H30M");
        assertThat(feel.evaluate("duration(\"P1Y2M\")", Map.of())).isEqualTo("P1Y2M");
    }

    @Test
    void nowReadsTheGivenClock() {
        assertThat(feel.evaluate("now()", Map.of())).isEqualTo("2026-11-30T10:00:00+09:00[Asia/Tokyo]");
        assertThat(feel.evaluate("today()", Map.of())).isEqualTo("2026-11-30");
    }

    @Test
    void failuresNameTheExpressionAndFeelMessage() {
        assertThatThrownBy(() -> feel.evaluate("1 +", Map.of()))
                .isInstanceOf(FeelException.class)
                .hasMessageContaining("'1 +'")
                .satisfies(e -> {
                    FeelException failure = (FeelException) e;
                    assertThat(failure.expression()).isEqualTo("1 +");
                    assertThat(failure.failure()).contains("failed to parse expression");
                });
        assertThatThrownBy(() -> feel.evaluate("assert(1, false)", Map.of()))
                .isInstanceOf(FeelException.class);
        assertThatThrownBy(() -> feel.evaluate("function(x) x + 1", Map.of()))
                .isInstanceOf(FeelException.class)
                .hasMessageContaining("JSON");
    }

    @Test
    void parseChecksSyntaxAndCaches() {
        feel.parse("order.total > 100000");
        feel.parse("order.total > 100000");
        assertThat(feel.cachedExpressions()).isEqualTo(1);
        assertThatThrownBy(() -> feel.parse("order.total >")).isInstanceOf(FeelException.class)
                .hasMessageContaining("failed to parse expression");
        assertThatThrownBy(() -> feel.parse(" ")).isInstanceOf(FeelException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void cacheStaysBounded() {
        FeelEvaluator fresh = new FeelEvaluator();
        for (int i = 0; i <= FeelEvaluator.CACHE_LIMIT; i++) {
            fresh.parse("x + " + i);
        }
        assertThat(fresh.cachedExpressions()).isLessThanOrEqualTo(FeelEvaluator.CACHE_LIMIT);
        assertThat(fresh.evaluate("x + 1", null)).isNull();
    }

    @Test
    void expressionOrStaticValue() {
        assertThat(FeelEvaluator.isExpression("=order.id")).isTrue();
        assertThat(FeelEvaluator.isExpression("order.id")).isFalse();
        assertThat(FeelEvaluator.isExpression(null)).isFalse();
        assertThat(FeelEvaluator.expressionText("= order.id ")).isEqualTo("order.id");
        assertThat(feel.evaluateOrStatic("=order.id", order())).isEqualTo("R-1001");
        assertThat(feel.evaluateOrStatic("order.id", order())).isEqualTo("order.id");
        assertThat(feel.evaluateOrStatic("受注確認", order())).isEqualTo("受注確認");
    }

    @Test
    void conditionsMustBeBoolean() {
        assertThat(feel.evaluateBoolean("=order.total > 100000", order())).isTrue();
        assertThat(feel.evaluateBoolean("=order.customer.address.pref = \"大阪府\"", order())).isFalse();
        assertThat(feel.evaluateBoolean("true", Map.of())).isTrue();
        assertThatThrownBy(() -> feel.evaluateBoolean("=order.total", order()))
                .isInstanceOf(FeelException.class)
                .hasMessageContaining("BOOLEAN but was NUMBER");
        assertThatThrownBy(() -> feel.evaluateBoolean("=missing > 1", Map.of()))
                .isInstanceOf(FeelException.class)
                .hasMessageContaining("NULL")
                .hasMessageContaining("No variable found with name 'missing'");
        assertThatThrownBy(() -> feel.evaluateBoolean("yes", Map.of())).isInstanceOf(FeelException.class);
    }

    @Test
    void stringsAndCorrelationKeys() {
        assertThat(feel.evaluateString("=\"order.\" + \"check\"", Map.of())).isEqualTo("order.check");
        assertThat(feel.evaluateString("mail.send", Map.of())).isEqualTo("mail.send");
        assertThatThrownBy(() -> feel.evaluateString("=order.total", order()))
                .isInstanceOf(FeelException.class).hasMessageContaining("STRING");
        assertThat(feel.evaluateCorrelationKey("=order.id", order())).isEqualTo("R-1001");
        assertThat(feel.evaluateCorrelationKey("=order.total", order())).isEqualTo("128000");
        assertThat(feel.evaluateCorrelationKey("=1.50", Map.of())).isEqualTo("1.5");
        assertThatThrownBy(() -> feel.evaluateCorrelationKey("=order.items", order()))
                .isInstanceOf(FeelException.class).hasMessageContaining("ARRAY");
    }

    /** The plain variable keys are read without FEEL; they must give what FEEL gives, and the rest still goes to FEEL. */
    @Test
    void variableCorrelationKeysGiveWhatFeelGives() {
        Map<String, Object> variables = new java.util.HashMap<>();
        variables.put("orderId", 9_007_199_254_740_993L);
        variables.put("small", 42);
        variables.put("text", "R-1001");
        variables.put("price", 1.50);
        variables.put("flag", true);
        variables.put("nothing", null);
        for (String name : List.of("orderId", "small", "text", "price")) {
            Object viaFeel = feel.evaluate("string(" + name + ")", variables);
            assertThat(feel.evaluateCorrelationKey("=string(" + name + ")", variables)).as(name).isEqualTo(viaFeel);
            assertThat(feel.evaluateCorrelationKey("= string( " + name + " )", variables)).as(name).isEqualTo(viaFeel);
            assertThat(feel.evaluateCorrelationKey("=" + name, variables)).as(name).isEqualTo(viaFeel);
        }
        assertThat(feel.evaluateCorrelationKey("=string(flag)", variables)).isEqualTo("true");
        assertThatThrownBy(() -> feel.evaluateCorrelationKey("=flag", variables))
                .isInstanceOf(FeelException.class).hasMessageContaining("BOOLEAN");
        assertThatThrownBy(() -> feel.evaluateCorrelationKey("=nothing", variables))
                .isInstanceOf(FeelException.class).hasMessageContaining("NULL");
        assertThatThrownBy(() -> feel.evaluateCorrelationKey("=missing", variables)).isInstanceOf(FeelException.class);
    }

    @Test
    void stringListsFromFeelOrCommaSeparatedText() {
        assertThat(feel.evaluateStringList("operators, managers ,", Map.of())).containsExactly("operators", "managers");
        assertThat(feel.evaluateStringList("=[\"operators\", \"経理\"]", Map.of())).containsExactly("operators", "経理");
        assertThat(feel.evaluateStringList("=groups", Map.of("groups", List.of("a", "b")))).containsExactly("a", "b");
        assertThatThrownBy(() -> feel.evaluateStringList("=[1, 2]", Map.of()))
                .isInstanceOf(FeelException.class).hasMessageContaining("ARRAY of STRING");
        assertThatThrownBy(() -> feel.evaluateStringList("=\"operators\"", Map.of()))
                .isInstanceOf(FeelException.class);
    }

    @Test
    void wholeNumbers() {
        assertThat(feel.evaluateInt("3", Map.of())).isEqualTo(3);
        assertThat(feel.evaluateInt("=retries + 1", Map.of("retries", 4))).isEqualTo(5);
        assertThatThrownBy(() -> feel.evaluateInt("three", Map.of())).isInstanceOf(FeelException.class);
        assertThatThrownBy(() -> feel.evaluateInt("=1.5", Map.of())).isInstanceOf(FeelException.class);
    }

    @Test
    void timerDurations() {
        assertThat(feel.evaluateInterval("PT15M", Map.of())).isEqualTo(Interval.of(Duration.ofMinutes(15)));
        assertThat(feel.evaluateInterval("P1M2DT3H", Map.of()))
                .isEqualTo(new Interval(Period.of(0, 1, 2), Duration.ofHours(3)));
        assertThat(feel.evaluateInterval("=duration(\"P\" + string(days) + \"D\")", Map.of("days", 3)))
                .isEqualTo(Interval.of(Duration.ofDays(3)));
        assertThat(feel.evaluateInterval("=duration(\"P2M\")", Map.of())).isEqualTo(Interval.of(Period.ofMonths(2)));
        assertThat(feel.evaluateInterval("=wait", Map.of("wait", "PT1H"))).isEqualTo(Interval.of(Duration.ofHours(1)));
        assertThatThrownBy(() -> feel.evaluateInterval("15 minutes", Map.of())).isInstanceOf(FeelException.class);
        assertThatThrownBy(() -> feel.evaluateInterval("=1", Map.of())).isInstanceOf(FeelException.class)
                .hasMessageContaining("DURATION");
        Interval month = Interval.parse("P1M");
        assertThat(month.addTo(Instant.parse("2026-01-31T00:00:00Z"), TOKYO)).isEqualTo(Instant.parse("2026-02-28T00:00:00Z"));
        assertThat(Interval.parse("P1DT2H").toString()).isEqualTo("P1DT2H");
    }

    @Test
    void timerDates() {
        assertThat(feel.evaluateDateTime("2026-12-01T09:00:00+09:00", Map.of()).toInstant())
                .isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
        assertThat(feel.evaluateDateTime("2026-12-01T00:00:00Z", Map.of()).toInstant())
                .isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
        assertThat(feel.evaluateDateTime("=date and time(\"2026-12-01T09:00:00\")", Map.of()))
                .isEqualTo(ZonedDateTime.of(2026, 12, 1, 9, 0, 0, 0, TOKYO));
        assertThat(feel.evaluateDateTime("=now() + duration(\"PT1H\")", Map.of()).toInstant())
                .isEqualTo(Instant.parse("2026-11-30T02:00:00Z"));
        assertThat(feel.evaluateDateTime("=due", Map.of("due", "2026-12-24T18:00:00+09:00")).getDayOfMonth()).isEqualTo(24);
        assertThatThrownBy(() -> feel.evaluateDateTime("2026-12-01", Map.of())).isInstanceOf(FeelException.class);
        assertThatThrownBy(() -> feel.evaluateDateTime("=1", Map.of())).isInstanceOf(FeelException.class);
        assertThat(FeelEvaluator.format(ZonedDateTime.of(2026, 12, 1, 9, 0, 0, 0, ZoneId.of("+09:00"))))
                .isEqualTo("2026-12-01T09:00:00+09:00");
    }

    @Test
    void timerCycles() {
        Cycle cycle = feel.evaluateCycle("R3/PT10M", Map.of());
        assertThat(cycle.repetitions()).isEqualTo(3);
        assertThat(cycle.start()).isNull();
        Instant now = Instant.parse("2026-11-30T01:00:00Z");
        assertThat(cycle.firstDue(now, TOKYO)).isEqualTo(Instant.parse("2026-11-30T01:10:00Z"));
        assertThat(cycle.nextDue(Instant.parse("2026-11-30T01:10:00Z"), TOKYO)).isEqualTo(Instant.parse("2026-11-30T01:20:00Z"));
        assertThat(cycle.afterFiring().repetitions()).isEqualTo(2);
        assertThat(cycle.afterFiring().afterFiring().afterFiring().hasRepetitionsLeft()).isFalse();

        Cycle unbounded = feel.evaluateCycle("=\"R/P1D\"", Map.of());
        assertThat(unbounded.unbounded()).isTrue();
        assertThat(unbounded.afterFiring().hasRepetitionsLeft()).isTrue();

        Cycle started = FeelEvaluator.staticCycle("R2/2026-12-01T09:00:00+09:00/PT1H");
        assertThat(started.firstDue(now, TOKYO)).isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
        assertThat(started.toString()).isEqualTo("R2/2026-12-01T09:00:00+09:00/PT1H");

        assertThatThrownBy(() -> feel.evaluateCycle("0 0 9 * * MON-FRI", Map.of())).isInstanceOf(FeelException.class)
                .hasMessageContaining("repeating interval");
        assertThatThrownBy(() -> FeelEvaluator.staticCycle("R/x")).isInstanceOf(FeelException.class);
    }

    @Test
    void isSafeForConcurrentUse() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Object>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                long n = i;
                results.add(pool.submit(() -> feel.evaluate("x * 2 + " + (n % 7), Map.of("x", n))));
            }
            for (int i = 0; i < 200; i++) {
                assertThat(results.get(i).get()).isEqualTo(i * 2L + i % 7);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
