package jp.juchu.shipping.web;

import java.util.List;
import jp.juchu.core.DomainException;
import jp.juchu.order.OrderBook;
import jp.juchu.shipping.TrackingFiles;
import jp.juchu.shop.ShopRef;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 出荷 › モール用 荷物番号ファイル: per CSV-linked shop, the 出荷済 orders waiting for their file. */
@Controller
class TrackingFileScreenController {

    private static final int LIST_SIZE = 500;

    private final TrackingFiles files;
    private final OrderBook orders;

    TrackingFileScreenController(TrackingFiles files, OrderBook orders) {
        this.files = files;
        this.orders = orders;
    }

    @GetMapping("/shipping/tracking-files")
    String page(@RequestParam(value = "shop", required = false) String shop, Model model) {
        return render(model, shop, null);
    }

    @PostMapping("/shipping/tracking-files")
    String create(@RequestParam(value = "shop", required = false) String shop,
                  @RequestParam(value = "orderIds", required = false) List<Long> orderIds,
                  @RequestParam(value = "again", defaultValue = "false") boolean again, Model model) {
        try {
            return "redirect:/jobs/" + files.submit(shop == null ? "" : shop, orderIds, again);
        } catch (DomainException e) {
            return render(model, shop, e.getMessage());
        }
    }

    private String render(Model model, String shop, String error) {
        List<ShopRef> shops = files.shops();
        String selected = shop != null && !shop.isBlank() ? shop : shops.isEmpty() ? null : shops.get(0).code();
        List<Long> pending = selected == null ? List.of() : files.pending(selected);
        model.addAttribute("shops", shops);
        model.addAttribute("selectedShop", selected);
        model.addAttribute("pendingTotal", pending.size());
        model.addAttribute("pending", orders.requireAll(pending.subList(0, Math.min(pending.size(), LIST_SIZE))));
        model.addAttribute("error", error);
        return "shipping/tracking-files";
    }
}
