package jp.juchu.shop.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.juchu.shop.CarrierRef;
import jp.juchu.shop.DeliveryMethodRef;
import jp.juchu.shop.NameMapping;
import jp.juchu.shop.PaymentMethodRef;

/** JSON shapes of the method catalogues and mapping grids (stable API, see issue 2). */
final class MethodJson {

    private MethodJson() {
    }

    static Map<String, Object> carrier(CarrierRef carrier) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("code", carrier.code());
        json.put("name", carrier.name());
        json.put("trackingUrlTemplate", carrier.trackingUrlTemplate());
        json.put("labelSoftware", carrier.labelSoftware().name());
        json.put("labelSoftwareName", carrier.labelSoftware().label());
        return json;
    }

    static Map<String, Object> deliveryMethod(DeliveryMethodRef method) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("code", method.code());
        json.put("name", method.name());
        json.put("carrier", method.carrier().code());
        json.put("carrierName", method.carrier().name());
        json.put("serviceType", method.serviceType().name());
        json.put("serviceTypeName", method.serviceType().label());
        json.put("active", method.active());
        return json;
    }

    static Map<String, Object> paymentMethod(PaymentMethodRef method) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("code", method.code());
        json.put("name", method.name());
        json.put("category", method.category().name());
        json.put("categoryName", method.category().label());
        json.put("builtIn", method.builtIn());
        return json;
    }

    static List<Map<String, Object>> mappings(List<NameMapping> rows, String methodField) {
        return rows.stream().map(row -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put(methodField, row.methodCode());
            json.put("mallNames", row.mallNames());
            return json;
        }).toList();
    }

    /** One row of a mapping PUT body (the method code sits under deliveryMethod or paymentMethod). */
    record MappingRow(String deliveryMethod, String paymentMethod, List<String> mallNames) {
    }
}
