package jp.juchu.shipping.web;

import jp.juchu.core.DomainException;
import jp.juchu.shipping.CarrierAccount;
import jp.juchu.shipping.CarrierAccounts;
import jp.juchu.shop.DeliverySettings;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 設定 › 配送業者の契約番号 (admin). */
@Controller
class CarrierAccountScreenController {

    private final CarrierAccounts accounts;
    private final DeliverySettings delivery;

    CarrierAccountScreenController(CarrierAccounts accounts, DeliverySettings delivery) {
        this.accounts = accounts;
        this.delivery = delivery;
    }

    @GetMapping("/settings/carrier-accounts")
    String page(Model model) {
        return render(model, null, null, null);
    }

    @PostMapping("/settings/carrier-accounts/{code}")
    String save(@PathVariable String code, @RequestParam(value = "customerCode", required = false) String customerCode,
                @RequestParam(value = "classCode", required = false) String classCode,
                @RequestParam(value = "freightNumber", required = false) String freightNumber,
                Model model, RedirectAttributes redirect) {
        try {
            accounts.update(code, new CarrierAccount(customerCode, classCode, freightNumber));
        } catch (DomainException e) {
            return render(model, code, e.field(), e.getMessage());
        }
        redirect.addFlashAttribute("message", "契約番号を保存しました");
        return "redirect:/settings/carrier-accounts";
    }

    private String render(Model model, String errorCarrier, String errorField, String fieldError) {
        model.addAttribute("carriers", delivery.carriers());
        model.addAttribute("accounts", accounts.all());
        model.addAttribute("none", CarrierAccount.NONE);
        model.addAttribute("errorCarrier", errorCarrier);
        model.addAttribute("errorField", errorField);
        model.addAttribute("fieldError", fieldError);
        return "settings/carrier-accounts";
    }
}
