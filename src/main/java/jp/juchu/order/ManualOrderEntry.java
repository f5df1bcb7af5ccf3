package jp.juchu.order;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.juchu.core.ConflictException;
import jp.juchu.core.JapaneseText;
import jp.juchu.shop.DeliveryMethodRef;
import jp.juchu.shop.MethodMappings;
import jp.juchu.shop.PaymentMethodRef;
import jp.juchu.shop.ShopDirectory;
import jp.juchu.shop.ShopRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 手動受注入力 (FAX/電話): checks every typed value (all problems at once, under their paths), registers the
 * order as {@link OrderSource#MANUAL} and runs the same checks as for imported orders. Unit prices include
 * tax; the tax per rate is the tax contained in the goods total of that rate (rounded down).
 */
@Service
public class ManualOrderEntry {

    private static final DateTimeFormatter NUMBER_DATE = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final long MAX_YEN = 100_000_000L;

    private final ShopDirectory shops;
    private final MethodMappings methods;
    private final OrderBook book;
    private final OrderChecks checks;
    private final JdbcClient jdbc;
    private final Clock clock;

    ManualOrderEntry(ShopDirectory shops, MethodMappings methods, OrderBook book, OrderChecks checks, JdbcClient jdbc, Clock clock) {
        this.shops = shops;
        this.methods = methods;
        this.book = book;
        this.checks = checks;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * @return the new order's id
     * @throws OrderInputRejected with every invalid field; nothing is created
     * @throws ConflictException when the shop already has an order with the given number
     */
    @Transactional
    public long enter(ManualOrderInput input) {
        InputRules rules = new InputRules();
        Optional<ShopRef> shop = shop(rules, input.shop());
        String number = rules.optional("mallOrderNumber", input.mallOrderNumber(), "注文番号", 64);
        Instant orderedAt = orderedAt(rules, input.orderedAt());
        Contact orderer = rules.contact("orderer", input.orderer(), "注文者");
        String email = rules.email("email", input.email());
        Optional<PaymentMethodRef> payment = payment(rules, input.paymentMethod());
        String comments = rules.optional("comments", input.comments(), "備考", 4000);
        List<ShipmentDetails> shipments = shipments(rules, input.shipments());
        rules.throwIfAny();

        long shopId = shop.orElseThrow().id();
        if (number == null) {
            number = nextNumber(shopId);
        } else if (book.findByMallOrderNumber(shopId, number).isPresent()) {
            throw new ConflictException("duplicate", "mallOrderNumber", "注文番号「" + number + "」の受注は既に登録されています");
        }
        PaymentMethodRef method = payment.orElseThrow();
        OrderDetails details = new OrderDetails(number, OrderSource.MANUAL, orderedAt, null, orderer, email,
                method.code(), method.name(), method.category().name(), amounts(shipments),
                false, null, comments, null, false, null, false, shipments);
        long id = book.register(shopId, details, currentUser()).orderId();
        checks.run(id);
        return id;
    }

    private Optional<ShopRef> shop(InputRules rules, String code) {
        if (code == null || code.isBlank()) {
            rules.problem("shop", "ショップを選択してください");
            return Optional.empty();
        }
        Optional<ShopRef> shop = shops.find(code.strip());
        if (shop.isEmpty()) {
            rules.problem("shop", "ショップ「" + code.strip() + "」は登録されていません");
        }
        return shop;
    }

    private Optional<PaymentMethodRef> payment(InputRules rules, String code) {
        if (code == null || code.isBlank()) {
            rules.problem("paymentMethod", "支払方法を選択してください");
            return Optional.empty();
        }
        Optional<PaymentMethodRef> method = methods.paymentMethod(code.strip());
        if (method.isEmpty()) {
            rules.problem("paymentMethod", "支払方法コード「" + code.strip() + "」は登録されていません");
        }
        return method;
    }

    private List<ShipmentDetails> shipments(InputRules rules, List<ManualOrderInput.Shipment> inputs) {
        if (inputs.isEmpty()) {
            rules.problem("shipments", "送付先を1件以上入力してください");
            return List.of();
        }
        List<ShipmentDetails> shipments = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            ManualOrderInput.Shipment in = inputs.get(i);
            String path = "shipments[" + i + "]";
            Contact recipient = rules.contact(path + ".recipient", in.recipient(), "送付先");
            String delivery = delivery(rules, path + ".deliveryMethod", in.deliveryMethod());
            LocalDate date = rules.date(path + ".requestedDate", in.requestedDate(), "お届け希望日");
            String slot = rules.optional(path + ".requestedTimeSlot", in.requestedTimeSlot(), "お届け時間帯", 20);
            Long shipping = rules.amount(path + ".shippingFee", in.shippingFee(), "送料", false, MAX_YEN);
            Long cod = rules.amount(path + ".codFee", in.codFee(), "代引手数料", false, MAX_YEN);
            List<LineDetails> lines = lines(rules, path, in.lines());
            if (!rules.hasProblems()) {
                long goods = lines.stream().mapToLong(l -> l.unitPrice() * l.quantity()).sum();
                shipments.add(new ShipmentDetails(String.valueOf(i + 1), recipient, delivery, methodName(delivery), date, slot,
                        null, shipping, cod, goods, lines));
            }
        }
        return shipments;
    }

    private String delivery(InputRules rules, String path, String code) {
        if (code == null || code.isBlank()) {
            rules.problem(path, "配送方法を選択してください");
            return null;
        }
        Optional<DeliveryMethodRef> method = methods.deliveryMethod(code.strip());
        if (method.isEmpty()) {
            rules.problem(path, "配送方法コード「" + code.strip() + "」は登録されていません");
            return null;
        }
        if (!method.get().active()) {
            rules.problem(path, "配送方法「" + method.get().name() + "」は使用停止中です");
            return null;
        }
        return method.get().code();
    }

    private String methodName(String deliveryCode) {
        return methods.deliveryMethod(deliveryCode).map(DeliveryMethodRef::name).orElse(deliveryCode);
    }

    private List<LineDetails> lines(InputRules rules, String shipmentPath, List<ManualOrderInput.Line> inputs) {
        List<ManualOrderInput.Line> typed = inputs.stream().filter(l -> !isEmpty(l)).toList();
        if (typed.isEmpty()) {
            rules.problem(shipmentPath + ".lines", "商品明細を1件以上入力してください");
            return List.of();
        }
        List<LineDetails> lines = new ArrayList<>();
        for (int j = 0; j < inputs.size(); j++) {
            ManualOrderInput.Line in = inputs.get(j);
            if (isEmpty(in)) {
                continue;
            }
            String path = shipmentPath + ".lines[" + j + "]";
            String itemNumber = rules.optional(path + ".itemNumber", in.itemNumber(), "商品番号", 100);
            String name = rules.required(path + ".itemName", in.itemName(), "商品名", 400);
            String options = rules.optional(path + ".options", in.options(), "項目・選択肢", 1000);
            Long price = rules.amount(path + ".unitPrice", in.unitPrice(), "単価", true, MAX_YEN);
            Long quantity = rules.amount(path + ".quantity", in.quantity(), "個数", true, 9999);
            if (quantity != null && quantity == 0) {
                rules.problem(path + ".quantity", "個数は1以上にしてください");
            }
            Integer taxRate = taxRate(rules, path + ".taxRate", in.taxRate());
            if (!rules.hasProblems()) {
                lines.add(new LineDetails(itemNumber, itemNumber, name, options, price, quantity.intValue(), taxRate));
            }
        }
        return lines;
    }

    private static Integer taxRate(InputRules rules, String path, String value) {
        String text = JapaneseText.normalizeToNull(value);
        if (text == null) {
            return 10;
        }
        String rate = text.replace("%", "");
        if (!rate.equals("8") && !rate.equals("10")) {
            rules.problem(path, "税率は8か10を入力してください");
            return null;
        }
        return Integer.valueOf(rate);
    }

    private static boolean isEmpty(ManualOrderInput.Line line) {
        return line == null || blank(line.itemNumber()) && blank(line.itemName()) && blank(line.options())
                && blank(line.unitPrice()) && blank(line.quantity());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private Instant orderedAt(InputRules rules, String value) {
        String text = JapaneseText.normalizeToNull(value);
        if (text == null) {
            return clock.instant();
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notWithOffset) {
            try {
                return LocalDateTime.parse(text.replace(' ', 'T')).atZone(clock.getZone()).toInstant();
            } catch (DateTimeParseException e) {
                rules.problem("orderedAt", "注文日時は yyyy-MM-ddTHH:mm の形式で入力してください (「" + text + "」)");
                return null;
            }
        }
    }

    static OrderAmounts amounts(List<ShipmentDetails> shipments) {
        long goods8 = 0;
        long goods10 = 0;
        long shipping = 0;
        long cod = 0;
        for (ShipmentDetails shipment : shipments) {
            for (LineDetails line : shipment.lines()) {
                long subtotal = line.unitPrice() * line.quantity();
                if (line.taxRate() == 8) {
                    goods8 += subtotal;
                } else {
                    goods10 += subtotal;
                }
            }
            shipping += shipment.shippingFee();
            cod += shipment.codFee();
        }
        long goods = goods8 + goods10;
        return new OrderAmounts(goods, goods8 * 8 / 108, goods10 * 10 / 110, shipping, cod, 0, 0, 0, 0, goods + shipping + cod);
    }

    /** M-yyyyMMdd-NNNN: the next free number of the day (in the shop's time zone) for this shop. */
    private String nextNumber(long shopId) {
        String prefix = "M-" + LocalDate.now(clock).format(NUMBER_DATE) + "-";
        String last = jdbc.sql("SELECT MAX(mall_order_number) FROM sales_order WHERE shop_id = :shop AND mall_order_number LIKE :prefix")
                .param("shop", shopId)
                .param("prefix", prefix + "%")
                .query(String.class)
                .optional().orElse(null);
        int next = 1;
        if (last != null && last.substring(prefix.length()).matches("\\d+")) {
            next = Integer.parseInt(last.substring(prefix.length())) + 1;
        }
        return prefix + String.format("%04d", next);
    }

    static String currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }
}
