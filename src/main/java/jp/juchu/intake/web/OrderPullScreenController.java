package jp.juchu.intake.web;

import jp.juchu.core.DomainException;
import jp.juchu.intake.RakutenOrderPulls;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 楽天ペイ受注API 取込: the 楽天 shops, how far each was pulled, and a button to pull now. */
@Controller
class OrderPullScreenController {

    private final RakutenOrderPulls pulls;

    OrderPullScreenController(RakutenOrderPulls pulls) {
        this.pulls = pulls;
    }

    @GetMapping("/orders/pull")
    String list(Model model) {
        model.addAttribute("targets", pulls.targets());
        return "intake/pull";
    }

    @PostMapping("/orders/pull")
    String pull(@RequestParam("shop") String shop, RedirectAttributes redirect) {
        try {
            long jobId = pulls.submit(shop);
            redirect.addFlashAttribute("message", "楽天ペイ受注APIからの取込を開始しました");
            return "redirect:/jobs/" + jobId;
        } catch (DomainException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/orders/pull";
        }
    }
}
