package jp.juchu.shipping;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import jp.juchu.core.ConflictException;
import jp.juchu.core.DomainException;
import jp.juchu.core.NotFoundException;
import jp.juchu.jobs.JobContext;
import jp.juchu.jobs.JobHandler;
import jp.juchu.order.OrderBook;
import jp.juchu.order.OrderBook.SeqTracking;
import jp.juchu.order.OrderBook.ShipmentKey;
import jp.juchu.order.ShipmentTracking;
import jp.juchu.shop.DeliveryMethodRef;
import jp.juchu.shop.DeliverySettings;
import jp.juchu.shop.ShopDirectory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * 出荷確定インポート: reads a carrier result file or a generic tracking file, records the 荷物番号 per shipment and
 * confirms every order whose shipments all have one (→ 出荷済 through its process). Each order is applied whole or
 * not at all; the same file twice changes nothing (rows count as duplicates).
 */
@Component
class ShippingConfirmationJob implements JobHandler {

    static final String TYPE = "shipping.confirm";
    private static final int ATTEMPTS = 3;
    /** Orders applied per transaction; a chunk that fails is redone order by order (all-or-nothing per order). */
    private static final int CHUNK = 200;

    private final OrderBook orders;
    private final ShopDirectory shops;
    private final DeliverySettings delivery;
    private final TrackingReaders readers;

    ShippingConfirmationJob(OrderBook orders, ShopDirectory shops, DeliverySettings delivery, TrackingReaders readers) {
        this.orders = orders;
        this.shops = shops;
        this.delivery = delivery;
        this.readers = readers;
    }

    @Override
    public String type() {
        return TYPE;
    }

    private enum Outcome { CONFIRMED, UPDATED, UNCHANGED, WAITING_FOR_OTHER_SHIPMENTS, REFUSED }

    private record Resolved(long orderId, Long shipmentId, TrackingRow row) {
    }

    @Override
    public void run(JobContext context) throws Exception {
        ConfirmationRequest request = ConfirmationRequest.fromParameters(context::parameter);
        long started = System.nanoTime();
        TrackingFile file;
        try (InputStream in = context.openInput(context.parameter("file"))) {
            file = readers.of(request.format()).read(in, request.readOptions());
        }
        for (TrackingProblem problem : file.problems()) {
            context.error(problem.line() > 0 ? problem.line() : null, problem.column(), problem.key(), problem.message());
            context.rejected();
        }
        context.total(file.rows().size());
        Long shopId = request.shop().isEmpty() ? null : shops.require(request.shop()).id();
        Map<Long, Long> ordersOfShipments = orders.findIdsByShipmentIds(file.rows().stream()
                .filter(row -> row.keyKind() == TrackingRow.KeyKind.SHIPMENT_ID)
                .map(row -> shipmentId(row.key())).filter(Objects::nonNull).toList());
        Map<Long, List<Resolved>> byOrder = new LinkedHashMap<>();
        for (TrackingRow row : file.rows()) {
            try {
                Resolved resolved = resolve(row, shopId, ordersOfShipments);
                byOrder.computeIfAbsent(resolved.orderId(), id -> new ArrayList<>()).add(resolved);
            } catch (DomainException e) {
                context.error(row.line(), keyColumn(row), row.key(), e.getMessage());
                context.rejected();
            }
        }
        Map<String, String> carrierOfMethod = delivery.methods().stream()
                .collect(Collectors.toMap(DeliveryMethodRef::code, m -> m.carrier().code()));
        long resolved = System.nanoTime();
        List<Map.Entry<Long, List<Resolved>>> entries = new ArrayList<>(byOrder.entrySet());
        int processed = 0;
        int confirmed = 0;
        for (int from = 0; from < entries.size(); from += CHUNK) {
            List<Map.Entry<Long, List<Resolved>>> chunk = entries.subList(from, Math.min(entries.size(), from + CHUNK));
            for (Map.Entry<Long, Outcome> result : applyChunk(chunk, request, carrierOfMethod, context).entrySet()) {
                Outcome outcome = result.getValue();
                List<Resolved> rows = byOrder.get(result.getKey());
                switch (outcome) {
                    case CONFIRMED -> {
                        context.imported();
                        confirmed++;
                    }
                    case UPDATED, WAITING_FOR_OTHER_SHIPMENTS -> context.updated();
                    case UNCHANGED -> context.duplicate();
                    case REFUSED -> context.rejected();
                }
                if (outcome == Outcome.WAITING_FOR_OTHER_SHIPMENTS) {
                    TrackingRow first = rows.get(0).row();
                    context.error(first.line(), null, first.key(), "荷物番号を記録しました。荷物番号のない送付先が残っているため出荷確定はまだです");
                }
                processed += rows.size();
            }
            context.processed(processed);
        }
        context.message(request.format().label() + ": 出荷確定 " + confirmed + "件 / 読込・照合 "
                + ShippingExportJob.millis(started, resolved) + "ms, 記録 " + ShippingExportJob.millis(resolved, System.nanoTime()) + "ms");
    }

    private Resolved resolve(TrackingRow row, Long shopId, Map<Long, Long> ordersOfShipments) {
        if (row.keyKind() == TrackingRow.KeyKind.SHIPMENT_ID) {
            Long shipmentId = shipmentId(row.key());
            if (shipmentId == null) {
                throw new ConflictException("unknown_shipment", "key", "お客様管理番号「" + row.key() + "」は Juchu が出力した番号ではありません");
            }
            Long orderId = ordersOfShipments.get(shipmentId);
            if (orderId == null) {
                throw new ConflictException("unknown_shipment", "key", "お客様管理番号「" + row.key() + "」の送付先はありません");
            }
            return new Resolved(orderId, shipmentId, row);
        }
        List<Long> ids = orders.findIdsByMallOrderNumber(row.key().strip(), shopId);
        if (ids.isEmpty()) {
            throw new ConflictException("unknown_order", "key", "注文番号「" + row.key() + "」の受注はありません");
        }
        if (ids.size() > 1) {
            throw new ConflictException("ambiguous_order", "key", "注文番号「" + row.key() + "」の受注が複数のショップにあります。ショップを指定してください");
        }
        return new Resolved(ids.get(0), null, row);
    }

    private Map<Long, Outcome> applyChunk(List<Map.Entry<Long, List<Resolved>>> chunk, ConfirmationRequest request,
                                          Map<String, String> carrierOfMethod, JobContext context) {
        Map<Long, List<ShipmentKey>> shipmentsOf = orders.shipmentKeys(chunk.stream().map(Map.Entry::getKey).toList()).stream()
                .collect(Collectors.groupingBy(ShipmentKey::orderId));
        Map<Long, Outcome> outcomes = new LinkedHashMap<>();
        Map<Long, List<SeqTracking>> tracking = new LinkedHashMap<>();
        for (Map.Entry<Long, List<Resolved>> entry : chunk) {
            try {
                tracking.put(entry.getKey(), tracking(shipmentsOf.get(entry.getKey()), entry, request, carrierOfMethod));
            } catch (DomainException refused) {
                refuse(context, entry.getValue(), refused);
                outcomes.put(entry.getKey(), Outcome.REFUSED);
            }
        }
        try {
            orders.recordShipments(tracking, true, context.startedBy())
                    .forEach((orderId, record) -> outcomes.put(orderId, outcome(record)));
        } catch (DomainException | OptimisticLockingFailureException e) {
            for (Map.Entry<Long, List<SeqTracking>> entry : tracking.entrySet()) {
                try {
                    outcomes.put(entry.getKey(), applyWithRetry(entry.getKey(), entry.getValue(), context.startedBy()));
                } catch (DomainException refused) {
                    refuse(context, chunk.stream().filter(c -> c.getKey().equals(entry.getKey())).findFirst().orElseThrow().getValue(), refused);
                    outcomes.put(entry.getKey(), Outcome.REFUSED);
                }
            }
        }
        return outcomes;
    }

    private static void refuse(JobContext context, List<Resolved> rows, DomainException refused) {
        for (Resolved resolved : rows) {
            context.error(resolved.row().line(), null, resolved.row().key(), refused.getMessage());
        }
    }

    private Outcome applyWithRetry(long orderId, List<SeqTracking> tracking, String actor) {
        for (int attempt = 1; ; attempt++) {
            try {
                return outcome(orders.recordShipments(Map.of(orderId, tracking), true, actor).get(orderId));
            } catch (OptimisticLockingFailureException e) {
                // the order's process moved it (e.g. to 出荷中) at the same moment: read it again
                if (attempt == ATTEMPTS) {
                    throw new ConflictException("concurrent_change", "order", "受注が同時に更新されたため記録できませんでした。もう一度取り込んでください");
                }
            }
        }
    }

    private static Outcome outcome(OrderBook.ShipmentRecord record) {
        return switch (record) {
            case CONFIRMED -> Outcome.CONFIRMED;
            case UPDATED -> Outcome.UPDATED;
            case UNCHANGED -> Outcome.UNCHANGED;
            case AWAITING_OTHER_SHIPMENTS -> Outcome.WAITING_FOR_OTHER_SHIPMENTS;
        };
    }

    /** The file's rows for one order as 荷物番号 per shipment (carrier from the row, else from the delivery method). */
    private static List<SeqTracking> tracking(List<ShipmentKey> shipments, Map.Entry<Long, List<Resolved>> entry,
                                              ConfirmationRequest request, Map<String, String> carrierOfMethod) {
        if (shipments == null) {
            throw new NotFoundException("受注 " + entry.getKey() + " はありません");
        }
        List<SeqTracking> tracking = new ArrayList<>();
        for (Resolved resolved : entry.getValue()) {
            ShipmentKey shipment = shipment(shipments, resolved);
            TrackingRow row = resolved.row();
            String carrier = row.carrierCode() != null ? row.carrierCode() : carrierOfMethod.get(shipment.deliveryMethodCode());
            tracking.add(new SeqTracking(shipment.seq(), new ShipmentTracking(carrier, row.trackingNumbers(), row.shippedOn(),
                    row.deliveryDate(), request.replaceTracking(), request.overwriteDates())));
        }
        return tracking;
    }

    private static ShipmentKey shipment(List<ShipmentKey> shipments, Resolved resolved) {
        if (resolved.shipmentId() != null) {
            return shipments.stream().filter(s -> s.shipmentId() == resolved.shipmentId()).findFirst().orElseThrow();
        }
        if (shipments.size() != 1) {
            throw new ConflictException("several_shipments", "key", "注文番号「" + resolved.row().key().strip()
                    + "」は送付先が複数あるため、注文番号では送付先を決められません。お客様管理番号で取り込んでください");
        }
        return shipments.get(0);
    }

    private static Long shipmentId(String key) {
        try {
            return Long.valueOf(key.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String keyColumn(TrackingRow row) {
        return row.keyKind() == TrackingRow.KeyKind.SHIPMENT_ID ? "お客様管理番号" : "注文番号";
    }

}
