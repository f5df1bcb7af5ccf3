package jp.juchu.shipping;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.juchu.core.InvalidInputException;

/**
 * What to export: a 配送伝票 format and either chosen orders or a filter of 出荷待 orders (shop, 配送方法, 支払方法),
 * the 出荷日 to print (default: the next business day from today) and the options.
 *
 * @param includeShipping with a filter, also export orders already 出荷中 again (再出力)
 */
public record ExportRequest(String format, List<Long> orderIds, String shop, String deliveryMethod, String paymentMethod,
                            LocalDate shipDate, boolean removeAddressSpaces, boolean includeShipping) {

    public ExportRequest {
        if (format == null || format.isBlank()) {
            throw new InvalidInputException("format", "配送伝票を選択してください");
        }
        format = format.strip();
        orderIds = orderIds == null ? List.of() : List.copyOf(orderIds);
        shop = blankToNull(shop);
        deliveryMethod = deliveryMethod == null ? "" : deliveryMethod.strip();
        paymentMethod = paymentMethod == null ? "" : paymentMethod.strip();
    }

    ExportOptions options() {
        return new ExportOptions(removeAddressSpaces);
    }

    Map<String, String> toParameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("format", format);
        parameters.put("orderIds", orderIds.stream().map(String::valueOf).collect(Collectors.joining(",")));
        parameters.put("shop", shop == null ? "" : shop);
        parameters.put("deliveryMethod", deliveryMethod);
        parameters.put("paymentMethod", paymentMethod);
        parameters.put("shipDate", shipDate == null ? "" : shipDate.toString());
        parameters.put("removeAddressSpaces", String.valueOf(removeAddressSpaces));
        parameters.put("includeShipping", String.valueOf(includeShipping));
        return parameters;
    }

    static ExportRequest fromParameters(Function<String, String> parameter) {
        return new ExportRequest(parameter.apply("format"), ShippingExportJob.ids(parameter.apply("orderIds")),
                parameter.apply("shop"), parameter.apply("deliveryMethod"), parameter.apply("paymentMethod"),
                date(parameter.apply("shipDate")), Boolean.parseBoolean(parameter.apply("removeAddressSpaces")),
                Boolean.parseBoolean(parameter.apply("includeShipping")));
    }

    /** 出荷日 as typed (yyyy-MM-dd or yyyy/MM/dd); blank = none. */
    public static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip().replace('/', '-'));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("shipDate", "出荷日「" + text + "」は yyyy-MM-dd の日付ではありません");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
