package jp.juchu.shipping;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import jp.juchu.shipping.TrackingRow.KeyKind;

/**
 * Merges usable lines into one {@link TrackingRow} per key: a shipment sent as several parcels (複数口) comes as
 * several lines with the same key, and a line repeated verbatim adds nothing. Refused (as a problem of the later
 * line) are a 荷物番号 already used under another key, since one parcel cannot belong to two shipments, and a
 * line whose 出荷日, お届け日 or 配送業者 contradicts an earlier line of the same key.
 */
final class TrackingCollector {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy/MM/dd");

    /** One usable line; {@code number} "" = no 荷物番号 (accepted by the options). */
    record Entry(int line, KeyKind kind, String key, String number, String carrierCode, LocalDate shippedOn,
                 LocalDate deliveryDate, Names names) {
    }

    /** How the file names the columns, for the messages. */
    record Names(String key, String number, String carrier, String shipped, String delivery) {
    }

    private record KeyId(KeyKind kind, String key) {
    }

    private record Owner(int line, KeyId id, String keyColumn) {
    }

    private static final class Shipment {
        final Entry first;
        final List<String> numbers = new ArrayList<>();
        String carrierCode;
        LocalDate shippedOn;
        LocalDate deliveryDate;
        int carrierLine;
        int shippedLine;
        int deliveryLine;

        Shipment(Entry first) {
            this.first = first;
        }
    }

    private final TrackingReadOptions options;
    private final Map<KeyId, Shipment> shipments = new LinkedHashMap<>();
    private final Map<String, Owner> owners = new HashMap<>();
    private final List<TrackingProblem> problems = new ArrayList<>();

    TrackingCollector(TrackingReadOptions options) {
        this.options = options;
    }

    void reject(List<TrackingProblem> lineProblems) {
        problems.addAll(lineProblems);
    }

    void add(Entry entry) {
        KeyId id = new KeyId(entry.kind(), entry.key());
        Shipment shipment = shipments.get(id);
        if (shipment != null && contradicts(shipment, entry)) {
            return;
        }
        if (!entry.number().isEmpty()) {
            Owner owner = owners.get(entry.number());
            if (owner != null && !owner.id().equals(id)) {
                problems.add(TrackingLine.problem(entry.line(), entry.names().number(), entry.key(),
                        "荷物番号「" + entry.number() + "」は" + owner.line() + "行目の" + owner.keyColumn() + "「" + owner.id().key()
                                + "」にも使われています"));
                return;
            }
        }
        if (shipment == null) {
            shipment = new Shipment(entry);
            shipments.put(id, shipment);
        }
        if (!entry.number().isEmpty() && !shipment.numbers.contains(entry.number())) {
            shipment.numbers.add(entry.number());
            owners.putIfAbsent(entry.number(), new Owner(entry.line(), id, entry.names().key()));
        }
        if (shipment.carrierCode == null && entry.carrierCode() != null) {
            shipment.carrierCode = entry.carrierCode();
            shipment.carrierLine = entry.line();
        }
        if (shipment.shippedOn == null && entry.shippedOn() != null) {
            shipment.shippedOn = entry.shippedOn();
            shipment.shippedLine = entry.line();
        }
        if (shipment.deliveryDate == null && entry.deliveryDate() != null) {
            shipment.deliveryDate = entry.deliveryDate();
            shipment.deliveryLine = entry.line();
        }
    }

    private boolean contradicts(Shipment shipment, Entry entry) {
        Names names = entry.names();
        TrackingProblem problem = null;
        if (differs(shipment.carrierCode, entry.carrierCode())) {
            problem = contradiction(names.carrier(), entry.carrierCode(), shipment.carrierCode, shipment.carrierLine, entry);
        } else if (differs(shipment.shippedOn, entry.shippedOn())) {
            problem = contradiction(names.shipped(), SHOWN.format(entry.shippedOn()), SHOWN.format(shipment.shippedOn),
                    shipment.shippedLine, entry);
        } else if (differs(shipment.deliveryDate, entry.deliveryDate())) {
            problem = contradiction(names.delivery(), SHOWN.format(entry.deliveryDate()), SHOWN.format(shipment.deliveryDate),
                    shipment.deliveryLine, entry);
        }
        if (problem == null) {
            return false;
        }
        problems.add(problem);
        return true;
    }

    private static TrackingProblem contradiction(String column, String value, String earlier, int earlierLine, Entry entry) {
        return TrackingLine.problem(entry.line(), column, entry.key(), column + "「" + value + "」が同じ" + entry.names().key()
                + "「" + entry.key() + "」の" + earlierLine + "行目（" + earlier + "）と異なります");
    }

    private static boolean differs(Object earlier, Object later) {
        return earlier != null && later != null && !Objects.equals(earlier, later);
    }

    TrackingFile result() {
        List<TrackingRow> rows = new ArrayList<>();
        for (Shipment shipment : shipments.values()) {
            List<String> numbers = shipment.numbers.isEmpty() ? List.of(options.blankTrackingText()) : shipment.numbers;
            rows.add(new TrackingRow(shipment.first.line(), shipment.first.key(), shipment.first.kind(), numbers,
                    shipment.carrierCode, shipment.shippedOn, shipment.deliveryDate));
        }
        List<TrackingProblem> sorted = new ArrayList<>(problems);
        sorted.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return new TrackingFile(rows, sorted);
    }
}
