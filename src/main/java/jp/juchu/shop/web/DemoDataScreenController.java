package jp.juchu.shop.web;

import jp.juchu.core.DomainException;
import jp.juchu.shop.DemoData;
import jp.juchu.shop.DemoDataResult;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The デモデータ作成 button on the settings page. */
@Controller
class DemoDataScreenController {

    private final DemoData demoData;

    DemoDataScreenController(DemoData demoData) {
        this.demoData = demoData;
    }

    @PostMapping("/settings/demo-data")
    String create(RedirectAttributes redirect) {
        try {
            DemoDataResult result = demoData.create();
            redirect.addFlashAttribute("message", "デモデータを作成しました (ショップ新規 " + result.createdShops().size()
                    + "件、支払方法名 " + result.addedPaymentNames() + "件、配送方法名 " + result.addedDeliveryNames() + "件を追加)");
        } catch (DomainException ex) {
            redirect.addFlashAttribute("error", "デモデータを作成できませんでした: " + ex.getMessage());
        }
        return "redirect:/settings";
    }
}
