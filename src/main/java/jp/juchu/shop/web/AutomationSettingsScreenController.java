package jp.juchu.shop.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.juchu.core.DomainException;
import jp.juchu.shop.AutomationSettings;
import jp.juchu.shop.AutomationSettingsInput;
import jp.juchu.shop.AutomationSettingsManagement;
import jp.juchu.shop.MailPurpose;
import jp.juchu.shop.ProgressMode;
import jp.juchu.shop.UnpaidEscalationAction;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/settings/automation")
class AutomationSettingsScreenController {

    private final AutomationSettingsManagement settings;

    AutomationSettingsScreenController(AutomationSettingsManagement settings) {
        this.settings = settings;
    }

    /** The form as typed: numbers stay text so that the user sees what they typed next to the error. */
    record Form(String progressMode, List<String> autoSend, String paymentReminderAfterBusinessDays,
                String unpaidEscalationAfterDays, String unpaidEscalationAction, boolean deferredAutoRegistration) {

        static Form of(AutomationSettings s) {
            return new Form(s.progressMode().name(),
                    s.autoSend().entrySet().stream().filter(Map.Entry::getValue).map(e -> e.getKey().name()).toList(),
                    text(s.paymentReminderAfterBusinessDays()), text(s.unpaidEscalationAfterDays()),
                    s.unpaidEscalationAction().name(), s.deferredAutoRegistration());
        }

        AutomationSettingsInput input() {
            Map<String, Boolean> sends = new LinkedHashMap<>();
            autoSend.forEach(purpose -> sends.put(purpose, true));
            return new AutomationSettingsInput(progressMode, sends, paymentReminderAfterBusinessDays, unpaidEscalationAfterDays,
                    unpaidEscalationAction, deferredAutoRegistration);
        }

        private static String text(Integer days) {
            return days == null ? "" : days.toString();
        }
    }

    @GetMapping
    String show(Model model) {
        return page(Form.of(settings.current()), Map.of(), model);
    }

    @PostMapping
    String save(@RequestParam(required = false) String progressMode, @RequestParam(required = false) List<String> autoSend,
                @RequestParam(defaultValue = "") String paymentReminderAfterBusinessDays,
                @RequestParam(defaultValue = "") String unpaidEscalationAfterDays,
                @RequestParam(required = false) String unpaidEscalationAction,
                @RequestParam(defaultValue = "false") boolean deferredAutoRegistration,
                Model model, RedirectAttributes redirect) {
        Form form = new Form(progressMode, autoSend == null ? List.of() : autoSend, paymentReminderAfterBusinessDays,
                unpaidEscalationAfterDays, unpaidEscalationAction, deferredAutoRegistration);
        try {
            settings.update(form.input());
        } catch (DomainException ex) {
            return page(form, FieldErrors.of(ex), model);
        }
        redirect.addFlashAttribute("message", "自動処理設定を保存しました");
        return "redirect:/settings/automation";
    }

    private String page(Form form, Map<String, String> fieldErrors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("fieldErrors", fieldErrors);
        model.addAttribute("progressModes", ProgressMode.values());
        model.addAttribute("actions", UnpaidEscalationAction.values());
        model.addAttribute("purposes", Arrays.stream(MailPurpose.values()).filter(p -> p != MailPurpose.FREE).toList());
        return "settings/automation";
    }
}
