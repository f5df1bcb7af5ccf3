package jp.juchu.shop.web;

import java.util.Map;
import jp.juchu.core.DomainException;
import jp.juchu.shop.StoreProfile;
import jp.juchu.shop.StoreProfiles;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 店舗プロフィール設定 screen. */
@Controller
@RequestMapping("/settings/store-profile")
class StoreProfileScreenController {

    private final StoreProfiles profiles;

    StoreProfileScreenController(StoreProfiles profiles) {
        this.profiles = profiles;
    }

    @GetMapping
    String show(Model model) {
        return form(model, profiles.current(), Map.of());
    }

    @PostMapping
    String save(@ModelAttribute StoreProfile form, Model model, RedirectAttributes redirect) {
        try {
            profiles.update(form);
            redirect.addFlashAttribute("message", "店舗プロフィールを保存しました");
            return "redirect:/settings/store-profile";
        } catch (DomainException ex) {
            return form(model, form, Map.of(ex.field() == null ? "" : ex.field(), ex.getMessage()));
        }
    }

    private String form(Model model, StoreProfile profile, Map<String, String> fieldErrors) {
        model.addAttribute("form", profile);
        model.addAttribute("fieldErrors", fieldErrors);
        return "shop/store-profile";
    }
}
