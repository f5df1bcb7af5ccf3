package jp.juchu.orchestration.web;

import java.security.Principal;
import java.util.Map;
import jp.juchu.orchestration.BulkOrderActions;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** 一括操作 for scripts: the order list's bulk actions over JSON, one result per order. */
@RestController
class BulkOrderApiController {

    private final BulkOrderActions actions;

    BulkOrderApiController(BulkOrderActions actions) {
        this.actions = actions;
    }

    @PostMapping("/api/orders/bulk")
    Map<String, Object> run(@RequestBody(required = false) Map<String, Object> body, Principal user) {
        return BulkJson.answer(actions.run(BulkJson.request(body), user.getName()));
    }
}
