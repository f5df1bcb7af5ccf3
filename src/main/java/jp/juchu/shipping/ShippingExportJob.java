package jp.juchu.shipping;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.juchu.core.DomainException;
import jp.juchu.jobs.JobContext;
import jp.juchu.jobs.JobHandler;
import jp.juchu.order.Order;
import jp.juchu.order.OrderBook;
import jp.juchu.order.OrderLine;
import jp.juchu.order.OrderStatus;
import jp.juchu.order.OrderTags;
import jp.juchu.order.Shipment;
import jp.juchu.shop.BusinessCalendar;
import jp.juchu.shop.ShopDirectory;
import jp.juchu.shop.ShopRef;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * 出荷指示エクスポート: writes the labels of the chosen 出荷待 orders (or 出荷中 ones again) in one 配送伝票 format,
 * keeps the file with the job (ダウンロード一覧) and then records the 出荷指示 per order, which moves it to 出荷中.
 * An order is exported whole or not at all: one shipment that the format cannot take leaves the order out, listed
 * with the reason.
 */
@Component
class ShippingExportJob implements JobHandler {

    static final String TYPE = "shipping.export";
    static final int CHUNK = 500;
    /** Orders recorded per transaction; a chunk that fails is redone order by order, so one bad order stays alone. */
    static final int RECORD_CHUNK = 200;

    private final OrderBook orders;
    private final ShopDirectory shops;
    private final ShippingLabels labels;
    private final LabelFormats formats;
    private final BusinessCalendar calendar;
    private final Clock clock;

    ShippingExportJob(OrderBook orders, ShopDirectory shops, ShippingLabels labels, LabelFormats formats,
                      BusinessCalendar calendar, Clock clock) {
        this.orders = orders;
        this.shops = shops;
        this.labels = labels;
        this.formats = formats;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public void run(JobContext context) throws Exception {
        ExportRequest request = ExportRequest.fromParameters(context::parameter);
        LabelFormat format = formats.resolve(request.format());
        LocalDate shipDate = request.shipDate() != null ? request.shipDate()
                : calendar.businessDayOnOrAfter(LocalDate.now(clock));
        List<Long> ids = candidates(request);
        context.total(ids.size());

        long started = System.nanoTime();
        ShippingLabels.Batch batch = labels.batch();
        Map<Long, ShopRef> shopsById = new HashMap<>();
        List<ShippingLabel> exported = new ArrayList<>();
        List<Long> exportedOrders = new ArrayList<>();
        int processed = 0;
        for (int from = 0; from < ids.size(); from += CHUNK) {
            for (Order order : orders.requireAll(ids.subList(from, Math.min(ids.size(), from + CHUNK)))) {
                Optional<String> refusal = refusal(order, request);
                List<ShippingLabel> orderLabels = List.of();
                if (refusal.isEmpty()) {
                    ShopRef shop = shopsById.computeIfAbsent(order.getShopId(), id -> shops.findById(id).orElseThrow());
                    orderLabels = batch.labels(order, shop, shipDate, bundledNumbers(order));
                    refusal = orderLabels.stream().map(label -> problem(format, label)).flatMap(Optional::stream).findFirst();
                }
                if (refusal.isPresent()) {
                    context.error(null, null, order.getMallOrderNumber(), refusal.get());
                    context.rejected();
                } else {
                    exported.addAll(orderLabels);
                    exportedOrders.add(order.getId());
                }
                context.processed(++processed);
            }
        }
        if (exported.isEmpty()) {
            context.message("出力できる受注がありませんでした");
            return;
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream(exported.size() * 700);
        format.writer().write(exported, request.options(), file);
        String name = format.filePrefix() + "-" + context.jobId() + "." + format.writer().extension();
        context.addOutput(name, new ByteArrayInputStream(file.toByteArray()));
        int warnings = writeWarnings(context, format, exported, request.options(), name);
        long written = System.nanoTime();

        for (int from = 0; from < exportedOrders.size(); from += RECORD_CHUNK) {
            recordInstructed(context, exportedOrders.subList(from, Math.min(exportedOrders.size(), from + RECORD_CHUNK)), shipDate);
        }
        long recorded = System.nanoTime();
        context.message(format.label() + " " + name + ": " + exportedOrders.size() + "件 (" + exported.size() + "送付先)"
                + (warnings == 0 ? "" : " / 文字の置き換え・切り詰め " + warnings + "件 (" + warningsName(name) + ")")
                + " / ファイル作成 " + millis(started, written) + "ms, 出荷指示の記録 " + millis(written, recorded) + "ms");
    }

    /**
     * What the layout changed to fit the carrier (髙→高, texts cut at a byte limit, …) goes into a text file next to the
     * export, one line per change, so the operator can check those labels; such changes never stop an export.
     */
    private static String warningsName(String exportName) {
        return exportName.substring(0, exportName.lastIndexOf('.')) + "-warnings.txt";
    }

    private static int writeWarnings(JobContext context, LabelFormat format, List<ShippingLabel> labels, ExportOptions options,
                                     String name) {
        StringBuilder text = new StringBuilder();
        int count = 0;
        for (ShippingLabel label : labels) {
            for (String warning : format.writer().warnings(label, options)) {
                text.append(label.mallOrderNumber()).append(" 送付先").append(label.shipmentSeq()).append(": ").append(warning).append("\r\n");
                count++;
            }
        }
        if (count > 0) {
            context.addOutput(warningsName(name), new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)));
        }
        return count;
    }

    private void recordInstructed(JobContext context, List<Long> chunk, LocalDate shipDate) {
        try {
            Set<Long> first = orders.recordShippingInstructed(chunk, shipDate, context.startedBy());
            chunk.forEach(id -> count(context, first.contains(id)));
        } catch (DomainException | OptimisticLockingFailureException e) {
            for (long orderId : chunk) {
                try {
                    count(context, orders.recordShippingInstructed(orderId, shipDate, context.startedBy()));
                } catch (DomainException | OptimisticLockingFailureException one) {
                    context.error(null, null, String.valueOf(orderId), "ファイルには出力しましたが出荷指示を記録できませんでした: " + one.getMessage());
                }
            }
        }
    }

    static long millis(long fromNanos, long toNanos) {
        return (toNanos - fromNanos) / 1_000_000;
    }

    private static void count(JobContext context, boolean firstExport) {
        if (firstExport) {
            context.imported();
        } else {
            context.updated();
        }
    }

    private List<Long> candidates(ExportRequest request) {
        if (!request.orderIds().isEmpty()) {
            return request.orderIds();
        }
        Long shopId = request.shop() == null ? null : shops.require(request.shop()).id();
        List<Long> ids = new ArrayList<>(orders.findIdsForShipping(OrderStatus.READY_TO_SHIP, shopId, request.paymentMethod(),
                request.deliveryMethod()));
        if (request.includeShipping()) {
            ids.addAll(orders.findIdsForShipping(OrderStatus.SHIPPING, shopId, request.paymentMethod(), request.deliveryMethod()));
        }
        return ids;
    }

    private static Optional<String> refusal(Order order, ExportRequest request) {
        OrderStatus status = order.getStatus();
        if (status != OrderStatus.READY_TO_SHIP && status != OrderStatus.SHIPPING) {
            return Optional.of("「" + status.label() + "」の受注は出荷指示できません (出荷待・出荷中のみ)");
        }
        if (order.getTags().contains(OrderTags.SHIPPING_BLOCKED)) {
            return Optional.of("出荷抑制タグが付いているため出力しませんでした");
        }
        if (!request.deliveryMethod().isEmpty()
                && order.getShipments().stream().noneMatch(s -> request.deliveryMethod().equals(s.getDeliveryMethodCode()))) {
            return Optional.of("配送方法が「" + request.deliveryMethod() + "」ではありません");
        }
        return Optional.empty();
    }

    private static Optional<String> problem(LabelFormat format, ShippingLabel label) {
        if (!format.fits(label.carrierCode())) {
            String method = label.deliveryMethodName().isEmpty() ? "未設定" : label.deliveryMethodName();
            return Optional.of("送付先" + label.shipmentSeq() + "の配送方法「" + method + "」は" + format.label() + "では出力できません");
        }
        return format.writer().problem(label).map(reason -> "送付先" + label.shipmentSeq() + ": " + reason);
    }

    private Map<Long, String> bundledNumbers(Order order) {
        Map<Long, String> numbers = new HashMap<>();
        order.getShipments().stream().map(Shipment::getLines).flatMap(List::stream)
                .map(OrderLine::getBundledFromOrderId).filter(id -> id != null && !numbers.containsKey(id))
                .forEach(id -> numbers.put(id, orders.find(id).map(Order::getMallOrderNumber).orElse(String.valueOf(id))));
        return numbers;
    }

    static List<Long> ids(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(Long::valueOf).toList();
    }
}
