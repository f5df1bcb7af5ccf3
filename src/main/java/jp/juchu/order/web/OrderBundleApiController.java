package jp.juchu.order.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.juchu.core.InvalidInputException;
import jp.juchu.order.BundleInfo;
import jp.juchu.order.BundleResult;
import jp.juchu.order.OrderBundling;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 同梱 API: candidates of an order, an order's bundle state, and bundling children into a parent. */
@RestController
@RequestMapping("/api/orders")
class OrderBundleApiController {

    private final OrderBundling bundling;

    OrderBundleApiController(OrderBundling bundling) {
        this.bundling = bundling;
    }

    /** {@code {"parentId": 1, "childIds": [2, 3]}}. */
    record BundleRequest(Long parentId, List<Long> childIds) {
    }

    @PostMapping("/bundle")
    BundleResult bundle(@RequestBody BundleRequest request) {
        if (request.parentId() == null) {
            throw new InvalidInputException("parentId", "親受注のID (parentId) を指定してください");
        }
        return bundling.bundle(request.parentId(), request.childIds(), null);
    }

    /** The order's own state ({@code bundlable}, {@code refusal}) and the orders it may be bundled with. */
    @GetMapping("/{id}/bundle-candidates")
    Map<String, Object> candidates(@PathVariable long id) {
        BundleInfo info = bundling.info(id);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("orderId", id);
        body.put("bundlable", info.bundlable());
        body.put("refusal", info.refusal());
        body.put("candidates", bundling.candidates(id));
        return body;
    }

    @GetMapping("/{id}/bundle")
    BundleInfo info(@PathVariable long id) {
        return bundling.info(id);
    }
}
