package jp.juchu.order.web;

import java.util.LinkedHashMap;
import java.util.Map;
import jp.juchu.order.CautionCustomer;
import jp.juchu.order.CautionCustomerInput;
import jp.juchu.order.CautionCustomers;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 要注意顧客 list: read by operators, changed by administrators. */
@RestController
class CautionCustomerApiController {

    private final CautionCustomers cautionCustomers;

    CautionCustomerApiController(CautionCustomers cautionCustomers) {
        this.cautionCustomers = cautionCustomers;
    }

    @GetMapping("/api/caution-customers")
    Map<String, Object> list() {
        return Map.of("items", cautionCustomers.all().stream().map(CautionCustomerApiController::json).toList());
    }

    @PostMapping("/api/caution-customers")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> add(@RequestBody CautionCustomerInput input) {
        return json(cautionCustomers.add(input));
    }

    @DeleteMapping("/api/caution-customers/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(@PathVariable long id) {
        cautionCustomers.remove(id);
    }

    static Map<String, Object> json(CautionCustomer entry) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", entry.getId());
        json.put("name", entry.getName());
        json.put("postalCode", entry.getPostalCode());
        json.put("phone", entry.getPhone());
        json.put("email", entry.getEmail());
        json.put("warningText", entry.getWarningText());
        json.put("active", entry.isActive());
        return json;
    }
}
