package jp.juchu.shop.web;

import java.util.LinkedHashMap;
import jp.juchu.core.DomainException;
import jp.juchu.core.NotFoundException;
import jp.juchu.shop.MailPlaceholders;
import jp.juchu.shop.MailPurpose;
import jp.juchu.shop.MailTemplateInput;
import jp.juchu.shop.MailTemplateView;
import jp.juchu.shop.MailTemplates;
import jp.juchu.shop.ShopDirectory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/settings/mail-templates")
class MailTemplateScreenController {

    private final MailTemplates templates;
    private final ShopDirectory shops;

    MailTemplateScreenController(MailTemplates templates, ShopDirectory shops) {
        this.templates = templates;
        this.shops = shops;
    }

    /** The form as typed; {@code action} is {@code save} or {@code preview}. */
    record Form(String purpose, String shop, String name, String subject, String body, String action) {

        MailTemplateInput input() {
            return new MailTemplateInput(purpose, shop, name, subject, body);
        }

        static Form of(MailTemplateView template) {
            return new Form(template.purpose().name(), template.shopCode(), template.name(), template.subject(), template.body(), null);
        }
    }

    @GetMapping
    String list(@RequestParam(required = false) String shop, @RequestParam(required = false) String purpose, Model model) {
        try {
            model.addAttribute("templates", templates.list(shop, purpose));
        } catch (DomainException ex) {
            model.addAttribute("templates", templates.list(null, null));
            model.addAttribute("error", ex.getMessage());
        }
        model.addAttribute("shop", shop);
        model.addAttribute("purpose", purpose);
        model.addAttribute("purposes", MailPurpose.values());
        model.addAttribute("shops", shops.all());
        return "settings/mail-templates";
    }

    @GetMapping("/new")
    String newTemplate(@RequestParam(required = false) String purpose, Model model) {
        return form(new Form(purpose == null ? MailPurpose.FREE.name() : purpose, null, "", "", "", null), null, model);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        return form(Form.of(existing(id)), id, model);
    }

    @PostMapping
    String create(@ModelAttribute Form form, Model model, RedirectAttributes redirect) {
        return submit(form, null, model, redirect);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute Form form, Model model, RedirectAttributes redirect) {
        existing(id);
        return submit(form, id, model, redirect);
    }

    private MailTemplateView existing(long id) {
        try {
            return templates.get(id);
        } catch (NotFoundException ex) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, ex.getMessage(), ex);
        }
    }

    private String submit(Form form, Long id, Model model, RedirectAttributes redirect) {
        try {
            if ("preview".equals(form.action())) {
                model.addAttribute("preview", templates.preview(form.subject(), form.body(), form.shop()));
                return form(form, id, model);
            }
            MailTemplateView saved = id == null ? templates.create(form.input()) : templates.update(id, form.input());
            redirect.addFlashAttribute("message", "メールテンプレート「" + saved.name() + "」を保存しました");
            return "redirect:/settings/mail-templates/" + saved.id();
        } catch (DomainException ex) {
            model.addAttribute("fieldErrors", FieldErrors.of(ex));
            return form(form, id, model);
        }
    }

    private String form(Form form, Long id, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("templateId", id);
        model.addAttribute("purposes", MailPurpose.values());
        model.addAttribute("shops", shops.all());
        model.addAttribute("placeholders", MailPlaceholders.SCALARS);
        model.addAttribute("lineItems", MailPlaceholders.LINE_ITEMS);
        if (!model.containsAttribute("fieldErrors")) {
            model.addAttribute("fieldErrors", new LinkedHashMap<String, String>());
        }
        return "settings/mail-template-form";
    }
}
