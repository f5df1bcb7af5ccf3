package jp.juchu.payment.web;

import jp.juchu.core.DomainException;
import jp.juchu.payment.DeferredProvider;
import jp.juchu.payment.DeferredProviderSettingInput;
import jp.juchu.payment.DeferredProviderSettings;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 後払い設定 screen (ADMIN, under /settings). Secrets are shown masked; an untouched masked field keeps the stored value. */
@Controller
@RequestMapping("/settings/deferred-providers")
class DeferredProviderScreenController {

    private final DeferredProviderSettings settings;

    DeferredProviderScreenController(DeferredProviderSettings settings) {
        this.settings = settings;
    }

    @GetMapping
    String show(Model model) {
        model.addAttribute("settings", settings.all());
        return "payment/providers";
    }

    @PostMapping("/{provider}")
    String save(@PathVariable String provider, @RequestParam(defaultValue = "false") boolean invoiceEnclosedDefault,
                @RequestParam(required = false) String merchantCode, @RequestParam(required = false) String spCode,
                @RequestParam(required = false) String terminalId, @RequestParam(defaultValue = "false") boolean clearCredentials,
                RedirectAttributes redirect) {
        try {
            DeferredProvider parsed = DeferredProvider.parse("provider", provider);
            settings.update(parsed, new DeferredProviderSettingInput(invoiceEnclosedDefault, merchantCode, spCode, terminalId, clearCredentials));
            redirect.addFlashAttribute("message", parsed.label() + "の設定を保存しました");
        } catch (DomainException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/settings/deferred-providers";
    }
}
