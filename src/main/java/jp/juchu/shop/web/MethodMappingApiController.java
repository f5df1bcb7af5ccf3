package jp.juchu.shop.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.juchu.shop.DeliverySettings;
import jp.juchu.shop.NameMapping;
import jp.juchu.shop.PaymentMappings;
import jp.juchu.shop.PaymentSettings;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The per-shop column of the payment and delivery mapping grids. PUT replaces the whole column. */
@RestController
class MethodMappingApiController {

    private final DeliverySettings delivery;
    private final PaymentSettings payment;

    MethodMappingApiController(DeliverySettings delivery, PaymentSettings payment) {
        this.delivery = delivery;
        this.payment = payment;
    }

    @GetMapping("/api/shops/{code}/delivery-mappings")
    Map<String, Object> deliveryMappings(@PathVariable String code) {
        return deliveryJson(code, delivery.mappings(code));
    }

    @PutMapping("/api/shops/{code}/delivery-mappings")
    Map<String, Object> replaceDeliveryMappings(@PathVariable String code, @RequestBody DeliveryMappingsRequest request) {
        List<NameMapping> rows = request.mappings() == null ? null
                : request.mappings().stream().map(r -> r == null ? null : new NameMapping(r.deliveryMethod(), r.mallNames())).toList();
        return deliveryJson(code, delivery.replaceMappings(code, rows));
    }

    @GetMapping("/api/shops/{code}/payment-mappings")
    Map<String, Object> paymentMappings(@PathVariable String code) {
        return paymentJson(code, payment.mappings(code));
    }

    @PutMapping("/api/shops/{code}/payment-mappings")
    Map<String, Object> replacePaymentMappings(@PathVariable String code, @RequestBody PaymentMappingsRequest request) {
        List<NameMapping> rows = request.mappings() == null ? null
                : request.mappings().stream().map(r -> r == null ? null : new NameMapping(r.paymentMethod(), r.mallNames())).toList();
        PaymentMappings mappings = new PaymentMappings(rows, PaymentSettings.parseSettlement(request.rakutenPaySettlement()));
        return paymentJson(code, payment.replaceMappings(code, mappings));
    }

    record DeliveryMappingsRequest(List<MethodJson.MappingRow> mappings) {
    }

    record PaymentMappingsRequest(List<MethodJson.MappingRow> mappings, String rakutenPaySettlement) {
    }

    private static Map<String, Object> deliveryJson(String shop, List<NameMapping> rows) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("shop", shop);
        json.put("mappings", MethodJson.mappings(rows, "deliveryMethod"));
        return json;
    }

    private static Map<String, Object> paymentJson(String shop, PaymentMappings mappings) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("shop", shop);
        json.put("mappings", MethodJson.mappings(mappings.mappings(), "paymentMethod"));
        json.put("rakutenPaySettlement", mappings.rakutenPaySettlement() == null ? null : mappings.rakutenPaySettlement().name());
        return json;
    }
}
