package jp.juchu.intake.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import jp.juchu.core.JapaneseText;
import jp.juchu.intake.ImportBatch;
import jp.juchu.intake.ImportedLine;
import jp.juchu.intake.ImportedOrder;
import jp.juchu.intake.ImportedShipment;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RakutenReaderProperties {

    @Property(tries = 200)
    void readingAGeneratedFileReturnsExactlyTheGeneratedOrders(
            @ForAll("orderLists") List<RakutenCsvGenerator.Order> generated) {
        List<RakutenCsvGenerator.Order> orders = numbered(generated);
        ImportBatch batch = new RakutenOrderCsvReader().readAll("gen.csv", Fixtures.bytes(RakutenCsvGenerator.csv(orders)));

        assertThat(batch.problems()).isEmpty();
        assertThat(batch.orders()).hasSameSizeAs(orders);
        for (int i = 0; i < orders.size(); i++) {
            RakutenCsvGenerator.Order expected = orders.get(i);
            ImportedOrder actual = batch.orders().get(i);
            assertThat(actual.orderNumber()).isEqualTo(expected.number());
            assertThat(actual.orderedAt()).isEqualTo(expected.orderedAt());
            assertThat(actual.paymentMethod()).isEqualTo(expected.payment());
            assertThat(actual.comment()).isEqualTo(JapaneseText.normalizeToNull(expected.comment()));
            assertThat(actual.amounts().billed()).isEqualTo(expected.billed());
            assertThat(actual.amounts().goods()).isEqualTo(expected.goods());
            assertThat(actual.amounts().shipping()).isEqualTo(expected.shipping());
            assertThat(actual.shipments()).hasSameSizeAs(expected.shipments());
            for (int s = 0; s < expected.shipments().size(); s++) {
                RakutenCsvGenerator.Shipment expectedShipment = expected.shipments().get(s);
                ImportedShipment actualShipment = actual.shipments().get(s);
                assertThat(actualShipment.shipmentId()).isEqualTo(expectedShipment.id());
                assertThat(actualShipment.recipient().familyName())
                        .isEqualTo(JapaneseText.normalize(expectedShipment.familyName()));
                assertThat(actualShipment.amounts().shipping()).isEqualTo(expectedShipment.shipping());
                assertThat(actualShipment.recipient().address().postalCode().digits())
                        .isEqualTo(expectedShipment.postal1() + expectedShipment.postal2());
                assertThat(actualShipment.lines()).extracting(ImportedLine::lineId, ImportedLine::name,
                                ImportedLine::unitPrice, ImportedLine::quantity)
                        .containsExactlyElementsOf(expectedShipment.lines().stream()
                                .map(line -> org.assertj.core.groups.Tuple.tuple(line.lineId(),
                                        JapaneseText.normalize(line.name()), line.unitPrice(), line.quantity()))
                                .toList());
            }
        }
    }

    /** Gives each generated order, 送付先 and line a unique id, as RMS does. */
    private static List<RakutenCsvGenerator.Order> numbered(List<RakutenCsvGenerator.Order> generated) {
        List<RakutenCsvGenerator.Order> orders = new ArrayList<>();
        long lineId = 200_000_000L;
        for (int i = 0; i < generated.size(); i++) {
            RakutenCsvGenerator.Order order = generated.get(i);
            List<RakutenCsvGenerator.Shipment> shipments = new ArrayList<>();
            for (int s = 0; s < order.shipments().size(); s++) {
                RakutenCsvGenerator.Shipment shipment = order.shipments().get(s);
                List<RakutenCsvGenerator.Line> lines = new ArrayList<>();
                for (RakutenCsvGenerator.Line line : shipment.lines()) {
                    lines.add(new RakutenCsvGenerator.Line(String.valueOf(lineId++), line.name(), line.unitPrice(),
                            line.quantity()));
                }
                shipments.add(new RakutenCsvGenerator.Shipment(String.valueOf(300_000_000L + i * 10L + s),
                        shipment.familyName(), shipment.postal1(), shipment.postal2(), shipment.prefecture(),
                        shipment.shipping(), lines));
            }
            orders.add(new RakutenCsvGenerator.Order(String.format("399999-20250501-%010d", i + 1), order.orderedAt(),
                    order.payment(), order.comment(), shipments));
        }
        return orders;
    }

    @Provide
    Arbitrary<List<RakutenCsvGenerator.Order>> orderLists() {
        return orders().list().ofMaxSize(8);
    }

    private Arbitrary<RakutenCsvGenerator.Order> orders() {
        Arbitrary<LocalDateTime> orderedAt = Arbitraries.longs().between(0, 365L * 24 * 3600)
                .map(seconds -> LocalDateTime.of(2025, 1, 1, 0, 0).plusSeconds(seconds));
        Arbitrary<String> payment = Arbitraries.of("クレジットカード", "代金引換", "銀行振込", "ローソン、郵便局ATM等（前払）");
        Arbitrary<String> comment = text().injectNull(0.4);
        return Combinators.combine(orderedAt, payment, comment, shipment().list().ofMinSize(1).ofMaxSize(3))
                .as((at, pay, text, shipments) -> new RakutenCsvGenerator.Order("", at, pay, text, shipments));
    }

    private Arbitrary<RakutenCsvGenerator.Shipment> shipment() {
        Arbitrary<String[]> places = Arbitraries.of(new String[] {"150", "0002", "東京都"},
                new String[] {"060", "0042", "北海道"}, new String[] {"900", "0015", "沖縄県"},
                new String[] {"530", "0001", "大阪府"});
        Arbitrary<String> family = Arbitraries.of("髙橋", "山﨑", "佐藤", "ｻﾄｳ", "Ｓｍｉｔｈ", "渡辺, \"ナベ\"");
        Arbitrary<Long> shipping = Arbitraries.of(0L, 330L, 660L, 1320L);
        return Combinators.combine(places, family, shipping, line().list().ofMinSize(1).ofMaxSize(4))
                .as((place, name, fee, lines) -> new RakutenCsvGenerator.Shipment("", name, place[0], place[1], place[2],
                        fee, lines));
    }

    private Arbitrary<RakutenCsvGenerator.Line> line() {
        return Combinators.combine(text().map(name -> "品" + name), Arbitraries.longs().between(0, 1_000_000),
                        Arbitraries.integers().between(1, 99))
                .as((name, price, quantity) -> new RakutenCsvGenerator.Line("", name, price, quantity));
    }

    private Arbitrary<String> text() {
        return Arbitraries.strings().withChars("あ髙﨑①ｱｶﾞｰ－１2, \"\r\n\t　~～ABC")
                .ofMaxLength(20);
    }
}
