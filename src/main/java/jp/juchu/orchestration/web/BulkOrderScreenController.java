package jp.juchu.orchestration.web;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.List;
import jp.juchu.core.DomainException;
import jp.juchu.orchestration.BulkAction;
import jp.juchu.orchestration.BulkOrderActions;
import jp.juchu.orchestration.BulkOrderResult;
import jp.juchu.orchestration.BulkOutcome;
import jp.juchu.orchestration.BulkRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 一括操作 from 受注一覧: runs the chosen action for the checked orders and shows one result per order
 * (post/redirect/get, so reloading the result page never runs the action again). 同梱 leads into the 同梱 screens
 * instead: the parent's detail after success, the parent's 同梱 screen with the refusal otherwise. A request that
 * cannot run at all (no order checked, a parameter missing) goes back to the list with the reason and the
 * selection kept.
 */
@Controller
class BulkOrderScreenController {

    private static final String LIST = "/orders";

    private final BulkOrderActions actions;

    BulkOrderScreenController(BulkOrderActions actions) {
        this.actions = actions;
    }

    @PostMapping("/orders/bulk")
    String run(@RequestParam(required = false) String action,
               @RequestParam(name = "orderIds", required = false) List<Long> orderIds,
               @RequestParam(required = false) String paidAt, @RequestParam(required = false) String provider,
               @RequestParam(defaultValue = "false") boolean invoiceEnclosed, @RequestParam(required = false) Long templateId,
               @RequestParam(required = false) String status, @RequestParam(required = false) String reason,
               @RequestParam(required = false) Long parentId, @RequestParam(required = false) String returnTo,
               HttpServletRequest http, Principal user, RedirectAttributes redirect) {
        String back = listPath(returnTo, http.getContextPath());
        BulkOutcome outcome;
        try {
            outcome = actions.run(new BulkRequest(action, orderIds, paidAt, provider, invoiceEnclosed, templateId, status, reason,
                    parentId), user.getName());
        } catch (DomainException refused) {
            redirect.addFlashAttribute("error", refused.getMessage());
            redirect.addFlashAttribute("selectedOrderIds", orderIds == null ? List.of() : orderIds);
            return "redirect:" + back;
        }
        if (outcome.action() == BulkAction.BUNDLE) {
            return intoBundleScreens(outcome, orderIds, back, redirect);
        }
        redirect.addFlashAttribute("bulk", outcome);
        redirect.addFlashAttribute("returnTo", back);
        return "redirect:/orders/bulk/result";
    }

    @GetMapping("/orders/bulk/result")
    String result(Model model) {
        if (!model.containsAttribute("bulk")) {
            return "redirect:" + LIST;
        }
        return "process/bulk-result";
    }

    private static String intoBundleScreens(BulkOutcome outcome, List<Long> orderIds, String back, RedirectAttributes redirect) {
        if (outcome.parentId() == null) {
            redirect.addFlashAttribute("error", outcome.results().get(0).message());
            redirect.addFlashAttribute("selectedOrderIds", orderIds);
            return "redirect:" + back;
        }
        BulkOrderResult parent = outcome.results().stream().filter(r -> r.orderId() == outcome.parentId()).findFirst().orElseThrow();
        if (outcome.allSucceeded()) {
            redirect.addFlashAttribute("message", "受注 " + parent.orderNumber() + " を" + parent.message());
            return "redirect:/orders/" + outcome.parentId();
        }
        redirect.addFlashAttribute("error", parent.message());
        return "redirect:/orders/" + outcome.parentId() + "/bundle";
    }

    /** Back to the list as it was filtered; anything that is not the order list is ignored. */
    static String listPath(String returnTo, String contextPath) {
        if (returnTo == null || returnTo.isBlank()) {
            return LIST;
        }
        String path = contextPath != null && !contextPath.isEmpty() && returnTo.startsWith(contextPath)
                ? returnTo.substring(contextPath.length()) : returnTo;
        boolean orderList = path.equals(LIST) || path.startsWith(LIST + "?");
        boolean safe = !path.contains("//") && !path.contains("\\") && path.chars().noneMatch(Character::isISOControl);
        return orderList && safe ? path : LIST;
    }
}
