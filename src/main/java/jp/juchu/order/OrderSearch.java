package jp.juchu.order;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import jp.juchu.core.InvalidInputException;
import jp.juchu.core.JapaneseText;
import jp.juchu.shop.MethodMappings;
import jp.juchu.shop.ShopDirectory;
import jp.juchu.shop.ShopRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 受注検索 for the order list. Reads rows with plain SQL (no aggregates, no collections): one query for the
 * page, one grouped count per status (the tabs, and the total), and one query each for the page's flags and
 * tags. Filters use indexed columns (status, shop, order date, flag, tag); the free-text {@code q} compares
 * normalised text: order number, orderer/recipient name and kana (spaces ignored, hiragana matches
 * katakana), phone numbers by digits only, and e-mail.
 */
@Service
@Transactional(readOnly = true)
public class OrderSearch {

    private static final String FROM = " FROM sales_order o";

    private final JdbcClient jdbc;
    private final ShopDirectory shops;
    private final MethodMappings methods;
    private final Clock clock;

    OrderSearch(JdbcClient jdbc, ShopDirectory shops, MethodMappings methods, Clock clock) {
        this.jdbc = jdbc;
        this.shops = shops;
        this.methods = methods;
        this.clock = clock;
    }

    /** @throws InvalidInputException naming the filter whose value is not valid */
    public OrderPage search(OrderSearchRequest request) {
        Filter filter = filter(request);
        int size = size(request.size());
        int page = page(request.page());

        Map<OrderStatus, Long> counts = counts(filter);
        long total = filter.status == null ? counts.values().stream().mapToLong(Long::longValue).sum()
                : counts.get(filter.status);

        Map<String, Object> params = new HashMap<>(filter.params);
        StringBuilder where = new StringBuilder(filter.where);
        if (filter.status != null) {
            where.append(" AND o.status = :status");
            params.put("status", filter.status.name());
        }
        params.put("limit", size);
        params.put("offset", (long) page * size);
        List<OrderSummary> rows = jdbc.sql("SELECT o.id, s.code AS shop_code, o.mall_order_number, o.status, o.ordered_at,"
                        + " o.orderer_name, o.payment_method_code, o.payment_method_raw, o.billed_total"
                        + FROM + " JOIN shop s ON s.id = o.shop_id WHERE " + where
                        + " ORDER BY o.ordered_at DESC, o.id DESC LIMIT :limit OFFSET :offset")
                .params(params)
                .query(OrderSearch::summary)
                .list();
        return new OrderPage(withFlagsAndTags(rows), total, page, size, counts);
    }

    private Map<OrderStatus, Long> counts(Filter filter) {
        Map<OrderStatus, Long> counts = new EnumMap<>(OrderStatus.class);
        Arrays.stream(OrderStatus.values()).forEach(s -> counts.put(s, 0L));
        jdbc.sql("SELECT o.status, COUNT(*) AS n" + FROM + " WHERE " + filter.where + " GROUP BY o.status")
                .params(filter.params)
                .query((rs, i) -> Map.entry(OrderStatus.valueOf(rs.getString("status")), rs.getLong("n")))
                .list()
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    private List<OrderSummary> withFlagsAndTags(List<OrderSummary> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        List<Long> ids = rows.stream().map(OrderSummary::id).toList();
        Map<Long, List<CheckFlag>> flags = jdbc.sql("SELECT order_id, flag FROM order_flag WHERE order_id IN (:ids) ORDER BY raised_at, flag")
                .param("ids", ids)
                .query((rs, i) -> Map.entry(rs.getLong("order_id"), CheckFlag.valueOf(rs.getString("flag"))))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        Map<Long, List<String>> tags = jdbc.sql("SELECT order_id, tag FROM order_tag WHERE order_id IN (:ids) ORDER BY tag")
                .param("ids", ids)
                .query((rs, i) -> Map.entry(rs.getLong("order_id"), rs.getString("tag")))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return rows.stream().map(r -> new OrderSummary(r.id(), r.shop(), r.mallOrderNumber(), r.status(), r.orderedAt(),
                r.ordererName(), r.paymentMethod(), r.total(), flags.getOrDefault(r.id(), List.of()),
                tags.getOrDefault(r.id(), List.of()))).toList();
    }

    private static OrderSummary summary(ResultSet rs, int row) throws SQLException {
        String code = rs.getString("payment_method_code");
        return new OrderSummary(rs.getLong("id"), rs.getString("shop_code"), rs.getString("mall_order_number"),
                OrderStatus.valueOf(rs.getString("status")),
                rs.getObject("ordered_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                rs.getString("orderer_name"), code != null ? code : rs.getString("payment_method_raw"),
                rs.getLong("billed_total"), List.of(), List.of());
    }

    /** Where-clause and parameters of every filter but the status (the tabs count across statuses). */
    private record Filter(OrderStatus status, String where, Map<String, Object> params) {
    }

    private Filter filter(OrderSearchRequest request) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        where.add("1 = 1");
        OrderStatus status = blank(request.status()) ? null : status(request.status());
        if (!blank(request.shop())) {
            ShopRef shop = shops.find(request.shop().strip()).orElseThrow(() -> new InvalidInputException("shop",
                    "ショップ「" + request.shop().strip() + "」は登録されていません"));
            where.add("o.shop_id = :shopId");
            params.put("shopId", shop.id());
        }
        if (!blank(request.flag())) {
            where.add("EXISTS (SELECT 1 FROM order_flag f WHERE f.order_id = o.id AND f.flag = :flag)");
            params.put("flag", flag(request.flag()).name());
        }
        if (!blank(request.payment())) {
            String code = request.payment().strip();
            if (methods.paymentMethod(code).isEmpty()) {
                throw new InvalidInputException("payment", "支払方法コード「" + code + "」は登録されていません");
            }
            where.add("o.payment_method_code = :payment");
            params.put("payment", code);
        }
        if (!blank(request.tag())) {
            String tag = request.tag().strip();
            if (tag.length() > 50) {
                throw new InvalidInputException("tag", "タグは50文字以内で指定してください");
            }
            where.add("EXISTS (SELECT 1 FROM order_tag t WHERE t.order_id = o.id AND t.tag = :tag)");
            params.put("tag", tag);
        }
        LocalDate from = date("from", request.from());
        LocalDate to = date("to", request.to());
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidInputException("to", "注文日の終了日は開始日以降の日付にしてください");
        }
        if (from != null) {
            where.add("o.ordered_at >= :from");
            params.put("from", from.atStartOfDay(clock.getZone()).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime());
        }
        if (to != null) {
            where.add("o.ordered_at < :to");
            params.put("to", to.plusDays(1).atStartOfDay(clock.getZone()).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime());
        }
        if (!blank(request.q())) {
            where.add(freeText(request.q(), params));
        }
        return new Filter(status, String.join(" AND ", where), params);
    }

    private static String freeText(String q, Map<String, Object> params) {
        String text = JapaneseText.normalize(q);
        if (text.length() > 100) {
            throw new InvalidInputException("q", "検索語は100文字以内で入力してください");
        }
        String compact = text.replace(" ", "");
        List<String> any = new ArrayList<>();
        params.put("qText", contains(text));
        params.put("qMail", contains(text.toLowerCase(Locale.ROOT)));
        params.put("qName", contains(compact));
        params.put("qKana", contains(katakana(compact)));
        any.add("o.mall_order_number LIKE :qText ESCAPE '!'");
        any.add("LOWER(o.orderer_email) LIKE :qMail ESCAPE '!'");
        any.add("REPLACE(o.orderer_name, ' ', '') LIKE :qName ESCAPE '!'");
        any.add("REPLACE(o.orderer_kana, ' ', '') LIKE :qKana ESCAPE '!'");
        String recipient = "REPLACE(sh.recipient_name, ' ', '') LIKE :qName ESCAPE '!' OR REPLACE(sh.recipient_kana, ' ', '') LIKE :qKana ESCAPE '!'";
        String digits = JapaneseText.digitsOf(text);
        if (text.matches("[\\d\\-() +]+") && digits.length() >= 3) {
            params.put("qDigits", "%" + digits + "%");
            any.add("REPLACE(o.orderer_phone, '-', '') LIKE :qDigits");
            recipient += " OR REPLACE(sh.phone, '-', '') LIKE :qDigits";
        }
        any.add("EXISTS (SELECT 1 FROM order_shipment sh WHERE sh.order_id = o.id AND (" + recipient + "))");
        return "(" + String.join(" OR ", any) + ")";
    }

    private static String contains(String text) {
        return "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    /** ひらがな → カタカナ, so 「じゅちゅう」 finds フリガナ 「ジュチュウ」. */
    static String katakana(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(c >= '\u3041' && c <= '\u3096' ? (char) (c + 0x60) : c);
        }
        return out.toString();
    }

    private static OrderStatus status(String value) {
        try {
            return OrderStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status", "受注進捗「" + value.strip() + "」はありません ("
                    + Arrays.stream(OrderStatus.values()).map(Enum::name).collect(Collectors.joining(", ")) + ")");
        }
    }

    private static CheckFlag flag(String value) {
        try {
            return CheckFlag.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("flag", "状態区分「" + value.strip() + "」はありません ("
                    + Arrays.stream(CheckFlag.values()).map(Enum::name).collect(Collectors.joining(", ")) + ")");
        }
    }

    private static LocalDate date(String field, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "日付は yyyy-MM-dd の形式で入力してください (「" + value.strip() + "」)");
        }
    }

    private static int page(Integer page) {
        if (page == null) {
            return 0;
        }
        if (page < 0) {
            throw new InvalidInputException("page", "ページ番号は0以上にしてください");
        }
        return page;
    }

    private static int size(Integer size) {
        if (size == null) {
            return OrderSearchRequest.DEFAULT_SIZE;
        }
        if (size < 1 || size > OrderSearchRequest.MAX_SIZE) {
            throw new InvalidInputException("size", "表示件数は1〜" + OrderSearchRequest.MAX_SIZE + "件にしてください");
        }
        return size;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
