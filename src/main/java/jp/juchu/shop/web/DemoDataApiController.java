package jp.juchu.shop.web;

import java.util.LinkedHashMap;
import java.util.Map;
import jp.juchu.shop.DemoData;
import jp.juchu.shop.DemoDataResult;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class DemoDataApiController {

    private final DemoData demoData;

    DemoDataApiController(DemoData demoData) {
        this.demoData = demoData;
    }

    @PostMapping("/api/demo-data")
    Map<String, Object> create() {
        DemoDataResult result = demoData.create();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("shops", result.shops().stream().map(s -> Map.of("code", s.code(), "mall", s.mall().name(), "name", s.name())).toList());
        json.put("createdShops", result.createdShops());
        json.put("addedPaymentNames", result.addedPaymentNames());
        json.put("addedDeliveryNames", result.addedDeliveryNames());
        json.put("storeProfileSet", result.storeProfileSet());
        json.put("addedMailTemplates", result.addedMailTemplates());
        return json;
    }
}
