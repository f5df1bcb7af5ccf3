package jp.juchu.order.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.juchu.order.CheckResult;
import jp.juchu.order.ManualOrderEntry;
import jp.juchu.order.ManualOrderInput;
import jp.juchu.order.OrderBook;
import jp.juchu.order.OrderCorrections;
import jp.juchu.order.OrderFix;
import jp.juchu.order.OrderInputRejected;
import jp.juchu.order.OrderSearch;
import jp.juchu.order.OrderSearchRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 受注 API: search, detail, manual entry, fixes, タグ and the release of flags. */
@RestController
@RequestMapping("/api/orders")
class OrderApiController {

    private final OrderSearch search;
    private final OrderViews views;
    private final ManualOrderEntry entry;
    private final OrderCorrections corrections;
    private final OrderBook book;

    OrderApiController(OrderSearch search, OrderViews views, ManualOrderEntry entry, OrderCorrections corrections, OrderBook book) {
        this.search = search;
        this.views = views;
        this.entry = entry;
        this.corrections = corrections;
        this.book = book;
    }

    @GetMapping
    OrderListJson list(@RequestParam(required = false) String status, @RequestParam(required = false) String shop,
                   @RequestParam(required = false) String q, @RequestParam(required = false) String flag,
                   @RequestParam(required = false) String payment, @RequestParam(required = false) String tag,
                   @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                   @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return OrderListJson.of(search.search(new OrderSearchRequest(status, shop, q, flag, payment, tag, from, to, page, size)));
    }

    @GetMapping("/{id}")
    OrderView detail(@PathVariable long id) {
        return views.detail(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> create(@RequestBody ManualOrderInput input) {
        return Map.of("id", entry.enter(input));
    }

    @PutMapping("/{id}")
    Map<String, Object> fix(@PathVariable long id, @RequestBody OrderFix fix) {
        CheckResult result = corrections.fix(id, fix);
        return Map.of("id", id, "needsReview", result.needsReview(), "order", views.detail(id));
    }

    /** タグ (e.g. 出荷抑制) by hand: {@code {"tag": "出荷抑制"}}. */
    @PostMapping("/{id}/tags")
    OrderView tag(@PathVariable long id, @RequestBody Map<String, String> body) {
        book.tag(id, body.get("tag"), null);
        return views.detail(id);
    }

    @DeleteMapping("/{id}/tags/{tag}")
    OrderView untag(@PathVariable long id, @PathVariable String tag) {
        book.untag(id, tag, null);
        return views.detail(id);
    }

    @PostMapping("/{id}/flags/{flag}/resolve")
    OrderView resolve(@PathVariable long id, @PathVariable String flag) {
        corrections.resolve(id, flag);
        return views.detail(id);
    }

    /** Like the shared error shape, with every refused field in {@code errors}. */
    @ExceptionHandler(OrderInputRejected.class)
    ResponseEntity<Map<String, Object>> rejected(OrderInputRejected ex) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", ex.code());
        body.put("message", ex.getMessage());
        body.put("field", ex.field());
        List<Map<String, String>> errors = ex.problems().stream()
                .map(p -> Map.of("field", p.field(), "message", p.message())).toList();
        body.put("errors", errors);
        return ResponseEntity.badRequest().body(body);
    }
}
