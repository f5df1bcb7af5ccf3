package jp.juchu.order.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import jp.juchu.core.DomainException;
import jp.juchu.order.BundleCandidate;
import jp.juchu.order.BundleInfo;
import jp.juchu.order.BundleResult;
import jp.juchu.order.OrderBundling;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 同梱 screen of one order: the order and its candidates with check boxes, the parent to choose (default: an
 * order that already took others over, else the oldest), the reason when bundling is refused, and after
 * success the parent's detail page.
 */
@Controller
class OrderBundleScreenController {

    private static final Comparator<BundleCandidate> OLDEST_FIRST =
            Comparator.comparing(BundleCandidate::orderedAt).thenComparing(BundleCandidate::orderId);

    private final OrderBundling bundling;

    OrderBundleScreenController(OrderBundling bundling) {
        this.bundling = bundling;
    }

    @GetMapping("/orders/{id}/bundle")
    String page(@PathVariable long id, Model model) {
        return page(model, id, null, Set.of(id));
    }

    @PostMapping("/orders/{id}/bundle")
    String bundle(@PathVariable long id, @RequestParam(required = false) Long parentId,
                  @RequestParam(name = "orderIds", required = false) List<Long> orderIds, Model model,
                  RedirectAttributes redirect) {
        long parent = parentId == null ? id : parentId;
        Set<Long> selected = new LinkedHashSet<>();
        selected.add(id);
        if (orderIds != null) {
            selected.addAll(orderIds);
        }
        selected.add(parent);
        List<Long> children = selected.stream().filter(o -> o != parent).toList();
        if (children.isEmpty()) {
            model.addAttribute("error", "同梱する受注を1件以上選択してください");
            return page(model, id, parent, selected);
        }
        try {
            BundleResult result = bundling.bundle(parent, children, null);
            redirect.addFlashAttribute("message", "受注 " + result.parentMallOrderNumber() + " に" + result.childIds().size()
                    + "件の受注を同梱しました（請求金額 " + String.format("%,d円", result.billingAmount()) + "）");
            return "redirect:/orders/" + parent;
        } catch (DomainException ex) {
            model.addAttribute("error", ex.getMessage());
            return page(model, id, parent, selected);
        }
    }

    private String page(Model model, long id, Long chosenParent, Set<Long> selected) {
        BundleInfo info = bundling.info(id);
        List<BundleCandidate> rows = new ArrayList<>();
        rows.add(info.order());
        if (info.bundlable()) {
            rows.addAll(bundling.candidates(id));
        }
        rows.sort(OLDEST_FIRST);
        long parent = chosenParent != null ? chosenParent : rows.stream().filter(BundleCandidate::bundleParent)
                .findFirst().orElse(rows.get(0)).orderId();
        model.addAttribute("info", info);
        model.addAttribute("rows", rows);
        model.addAttribute("parentId", parent);
        model.addAttribute("selected", selected);
        return "orders/bundle";
    }
}
