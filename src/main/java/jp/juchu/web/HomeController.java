package jp.juchu.web;

import jp.juchu.orchestration.WorkOverview;
import jp.juchu.order.OrderSearch;
import jp.juchu.order.OrderSearchRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    private static final Logger log = LoggerFactory.getLogger(HomeController.class);

    private final OrderSearch orders;
    private final WorkOverview work;

    HomeController(OrderSearch orders, WorkOverview work) {
        this.orders = orders;
        this.work = work;
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    /** Orders per status, open tasks and stuck orders; the page still opens when the engine does not answer. */
    @GetMapping("/")
    String dashboard(Model model) {
        model.addAttribute("counts", orders.search(new OrderSearchRequest(null, null, null, null, null, null, null, null, 0, 1)).counts());
        try {
            model.addAttribute("work", work.now());
        } catch (RuntimeException e) {
            log.warn("ダッシュボード: プロセスエンジンに接続できません: {}", e.toString());
            model.addAttribute("engineDown", true);
        }
        return "dashboard";
    }

    @GetMapping("/settings")
    String settings() {
        return "settings/index";
    }
}
