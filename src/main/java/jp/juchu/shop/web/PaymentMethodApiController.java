package jp.juchu.shop.web;

import java.util.List;
import java.util.Map;
import jp.juchu.shop.PaymentMethodInput;
import jp.juchu.shop.PaymentSettings;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class PaymentMethodApiController {

    private final PaymentSettings settings;

    PaymentMethodApiController(PaymentSettings settings) {
        this.settings = settings;
    }

    @GetMapping("/api/payment-methods")
    List<Map<String, Object>> methods() {
        return settings.methods().stream().map(MethodJson::paymentMethod).toList();
    }

    @PostMapping("/api/payment-methods")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> create(@RequestBody PaymentMethodInput input) {
        return MethodJson.paymentMethod(settings.createMethod(input));
    }

    @PutMapping("/api/payment-methods/{code}")
    Map<String, Object> update(@PathVariable String code, @RequestBody PaymentMethodInput input) {
        return MethodJson.paymentMethod(settings.updateMethod(code, input));
    }

    @DeleteMapping("/api/payment-methods/{code}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String code) {
        settings.deleteMethod(code);
    }
}
