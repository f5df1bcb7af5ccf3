package jp.juchu.shop.web;

import java.util.List;
import java.util.Map;
import jp.juchu.shop.CarrierInput;
import jp.juchu.shop.DeliveryMethodInput;
import jp.juchu.shop.DeliverySettings;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class DeliveryMethodApiController {

    private final DeliverySettings settings;

    DeliveryMethodApiController(DeliverySettings settings) {
        this.settings = settings;
    }

    @GetMapping("/api/carriers")
    List<Map<String, Object>> carriers() {
        return settings.carriers().stream().map(MethodJson::carrier).toList();
    }

    @PutMapping("/api/carriers/{code}")
    Map<String, Object> updateCarrier(@PathVariable String code, @RequestBody CarrierInput input) {
        return MethodJson.carrier(settings.updateCarrier(code, input));
    }

    @GetMapping("/api/delivery-methods")
    List<Map<String, Object>> methods() {
        return settings.methods().stream().map(MethodJson::deliveryMethod).toList();
    }

    @GetMapping("/api/delivery-methods/{code}")
    Map<String, Object> method(@PathVariable String code) {
        return MethodJson.deliveryMethod(settings.method(code));
    }

    @PostMapping("/api/delivery-methods")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> create(@RequestBody DeliveryMethodInput input) {
        return MethodJson.deliveryMethod(settings.createMethod(input));
    }

    @PutMapping("/api/delivery-methods/{code}")
    Map<String, Object> update(@PathVariable String code, @RequestBody DeliveryMethodInput input) {
        return MethodJson.deliveryMethod(settings.updateMethod(code, input));
    }
}
