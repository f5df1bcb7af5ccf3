package jp.juchu.shop.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.juchu.core.DomainException;
import jp.juchu.core.Mall;
import jp.juchu.core.NotFoundException;
import jp.juchu.shop.CancelledOrderHandling;
import jp.juchu.shop.CredentialField;
import jp.juchu.shop.CredentialStatus;
import jp.juchu.shop.IntakeDisclosure;
import jp.juchu.shop.ShopDetails;
import jp.juchu.shop.ShopDirectory;
import jp.juchu.shop.ShopManagement;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 連携ショップ設定 screens: list, new, edit, delete with confirmation. */
@Controller
@RequestMapping("/settings/shops")
class ShopScreenController {

    private final ShopDirectory directory;
    private final ShopManagement management;

    ShopScreenController(ShopDirectory directory, ShopManagement management) {
        this.directory = directory;
        this.management = management;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("shops", directory.allDetails());
        model.addAttribute("warningDays", ShopDirectory.LICENSE_WARNING_DAYS);
        return "shop/list";
    }

    @GetMapping("/new")
    String newShop(@RequestParam(required = false) String mall, Model model) {
        ShopForm form = new ShopForm();
        if (mall != null && !mall.isBlank()) {
            form.setMall(mall);
        }
        return form(model, form, null, Map.of());
    }

    @PostMapping
    String create(@ModelAttribute("form") ShopForm form, Model model, RedirectAttributes redirect) {
        try {
            ShopDetails created = management.create(form.toInput(null));
            redirect.addFlashAttribute("message", "連携ショップ「" + created.shortName() + "」(" + created.code() + ") を登録しました");
            return "redirect:/settings/shops";
        } catch (DomainException ex) {
            form.forgetSecrets();
            return form(model, form, null, fieldErrors(ex));
        }
    }

    @GetMapping("/{code}")
    String edit(@PathVariable String code, Model model) {
        ShopDetails shop = directory.details(code);
        return form(model, ShopForm.of(shop), shop, Map.of());
    }

    @PostMapping("/{code}")
    String update(@PathVariable String code, @ModelAttribute("form") ShopForm form, Model model, RedirectAttributes redirect) {
        ShopDetails shop = directory.details(code);
        try {
            management.update(code, form.toInput(shop.mall()));
            redirect.addFlashAttribute("message", "連携ショップ「" + code + "」を更新しました");
            return "redirect:/settings/shops";
        } catch (DomainException ex) {
            form.forgetSecrets();
            form.setCode(code);
            form.setMall(shop.mall().name());
            return form(model, form, shop, fieldErrors(ex));
        }
    }

    @GetMapping("/{code}/delete")
    String confirmDelete(@PathVariable String code, Model model) {
        model.addAttribute("shop", directory.details(code));
        return "shop/delete";
    }

    @PostMapping("/{code}/delete")
    String delete(@PathVariable String code, RedirectAttributes redirect) {
        try {
            management.delete(code);
            redirect.addFlashAttribute("message", "連携ショップ「" + code + "」を削除しました");
        } catch (DomainException ex) {
            redirect.addFlashAttribute("error", ex.getMessage());
        }
        return "redirect:/settings/shops";
    }

    /** A stale link (shop deleted meanwhile) leads back to the list with a message instead of an error page. */
    @ExceptionHandler(NotFoundException.class)
    String notFound(NotFoundException ex, RedirectAttributes redirect) {
        redirect.addFlashAttribute("error", ex.getMessage());
        return "redirect:/settings/shops";
    }

    private String form(Model model, ShopForm form, ShopDetails shop, Map<String, String> fieldErrors) {
        model.addAttribute("form", form);
        model.addAttribute("shop", shop);
        model.addAttribute("malls", Mall.values());
        model.addAttribute("credentialGroups", credentialGroups(shop));
        model.addAttribute("status", shop == null ? Map.of()
                : shop.credentials().stream().collect(Collectors.toMap(CredentialStatus::key, s -> s)));
        model.addAttribute("warningDays", ShopDirectory.LICENSE_WARNING_DAYS);
        model.addAttribute("cancelledOrderOptions", CancelledOrderHandling.values());
        model.addAttribute("disclosure", IntakeDisclosure.DATA_SENT_TO_MALL);
        model.addAttribute("disclosureNote", IntakeDisclosure.NOTE);
        model.addAttribute("fieldErrors", fieldErrors);
        model.addAttribute("hasErrors", !fieldErrors.isEmpty());
        model.addAttribute("errorMessage", String.join(" ", fieldErrors.values()));
        return "shop/form";
    }

    private static Map<Mall, List<CredentialField>> credentialGroups(ShopDetails shop) {
        Map<Mall, List<CredentialField>> groups = new LinkedHashMap<>();
        for (Mall mall : Mall.values()) {
            if (CredentialField.hasApi(mall) && (shop == null || shop.mall() == mall)) {
                groups.put(mall, CredentialField.of(mall));
            }
        }
        return groups;
    }

    private static Map<String, String> fieldErrors(DomainException ex) {
        return Map.of(ex.field() == null ? "" : ex.field(), ex.getMessage());
    }
}
