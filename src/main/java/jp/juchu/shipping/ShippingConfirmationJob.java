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
import jp.juchu.jobs.JobContext;
import jp.juchu.jobs.JobHandler;
import jp.juchu.order.Order;
import jp.juchu.order.OrderBook;
import jp.juchu.order.OrderStatus;
import jp.juchu.order.Shipment;
import jp.juchu.order.ShipmentTracking;
import jp.juchu.shop.DeliveryMethodRef;
import jp.juchu.shop.DeliverySettings;
import jp.juchu.shop.ShopDirectory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

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
    private final TransactionTemplate transaction;

    ShippingConfirmationJob(OrderBook orders, ShopDirectory shops, DeliverySettings delivery, TrackingReaders readers,
                            PlatformTransactionManager transactions) {
        this.orders = orders;
        this.shops = shops;
        this.delivery = delivery;
        this.readers = readers;
        this.transaction = new TransactionTemplate(transactions);
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
        try {
            return transaction.execute(status -> {
                orders.requireAll(chunk.stream().map(Map.Entry::getKey).toList());
                Map<Long, Outcome> outcomes = new LinkedHashMap<>();
                for (Map.Entry<Long, List<Resolved>> entry : chunk) {
                    outcomes.put(entry.getKey(), apply(entry.getKey(), entry.getValue(), request, carrierOfMethod, context.startedBy()));
                }
                return outcomes;
            });
        } catch (DomainException | OptimisticLockingFailureException e) {
            Map<Long, Outcome> outcomes = new LinkedHashMap<>();
            for (Map.Entry<Long, List<Resolved>> entry : chunk) {
                try {
                    outcomes.put(entry.getKey(), applyWithRetry(entry.getKey(), entry.getValue(), request, carrierOfMethod,
                            context.startedBy()));
                } catch (DomainException refused) {
                    for (Resolved resolved : entry.getValue()) {
                        context.error(resolved.row().line(), null, resolved.row().key(), refused.getMessage());
                    }
                    outcomes.put(entry.getKey(), Outcome.REFUSED);
                }
            }
            return outcomes;
        }
    }

    private Outcome applyWithRetry(long orderId, List<Resolved> rows, ConfirmationRequest request,
                                   Map<String, String> carrierOfMethod, String actor) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.execute(status -> apply(orderId, rows, request, carrierOfMethod, actor));
            } catch (OptimisticLockingFailureException e) {
                // the order's process moved it (e.g. to 出荷中) at the same moment: read it again
                if (attempt == ATTEMPTS) {
                    throw new ConflictException("concurrent_change", "order", "受注が同時に更新されたため記録できませんでした。もう一度取り込んでください");
                }
            }
        }
    }

    private Outcome apply(long orderId, List<Resolved> rows, ConfirmationRequest request, Map<String, String> carrierOfMethod,
                          String actor) {
        Order order = orders.require(orderId);
        boolean alreadyShipped = order.getStatus() == OrderStatus.SHIPPED || order.getStatus() == OrderStatus.COMPLETED;
        boolean changed = false;
        for (Resolved resolved : rows) {
            Shipment shipment = shipment(order, resolved);
            TrackingRow row = resolved.row();
            String carrier = row.carrierCode() != null ? row.carrierCode()
                    : carrierOfMethod.get(shipment.getDeliveryMethodCode());
            ShipmentTracking tracking = new ShipmentTracking(carrier, row.trackingNumbers(), row.shippedOn(), row.deliveryDate(),
                    request.replaceTracking(), request.overwriteDates());
            changed |= orders.recordTracking(orderId, shipment.getSeq(), tracking, actor);
        }
        if (alreadyShipped) {
            return changed ? Outcome.UPDATED : Outcome.UNCHANGED;
        }
        if (!orders.require(orderId).isFullyTracked()) {
            return Outcome.WAITING_FOR_OTHER_SHIPMENTS;
        }
        return orders.recordShipmentConfirmed(orderId, actor) ? Outcome.CONFIRMED : Outcome.UNCHANGED;
    }

    private static Shipment shipment(Order order, Resolved resolved) {
        if (resolved.shipmentId() != null) {
            return order.getShipments().stream().filter(s -> resolved.shipmentId().equals(s.getId())).findFirst().orElseThrow();
        }
        if (order.getShipments().size() != 1) {
            throw new ConflictException("several_shipments", "key", "注文番号「" + order.getMallOrderNumber()
                    + "」は送付先が複数あるため、注文番号では送付先を決められません。お客様管理番号で取り込んでください");
        }
        return order.getShipments().get(0);
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
