package jp.juchu.shipping.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.juchu.core.DomainException;
import jp.juchu.core.NotFoundException;
import jp.juchu.shipping.ExportTemplateView;
import jp.juchu.shipping.ExportTemplates;
import jp.juchu.shipping.LineEnding;
import jp.juchu.shipping.RowGranularity;
import jp.juchu.shipping.TemplateEncoding;
import jp.juchu.shipping.TemplateField;
import jp.juchu.shipping.TemplateFieldGroup;
import jp.juchu.shipping.TemplateLabelWriter;
import jp.juchu.shipping.TemplateQuoting;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 受注CSV出力項目設定 screens: the list and the editor. A refused save shows the form again as typed, with the
 * message under the field it concerns (keys such as {@code name}, {@code columns[2].header}).
 */
@Controller
@RequestMapping("/settings/export-templates")
class ExportTemplateScreenController {

    private static final String LIST = "settings/export-templates";
    private static final String FORM = "settings/export-template-form";

    private final ExportTemplates templates;

    ExportTemplateScreenController(ExportTemplates templates) {
        this.templates = templates;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("templates", templates.list());
        return LIST;
    }

    @GetMapping("/new")
    String newTemplate(Model model) {
        return form(ExportTemplateForm.blank(), null, Map.of(), model);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        return form(ExportTemplateForm.of(existing(id)), id, Map.of(), model);
    }

    @PostMapping
    String create(@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
        return submit(params, null, model, redirect);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, Model model,
                  RedirectAttributes redirect) {
        existing(id);
        return submit(params, id, model, redirect);
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        String name = existing(id).name();
        templates.delete(id);
        redirect.addFlashAttribute("message", "出力テンプレート「" + name + "」を削除しました");
        return "redirect:/settings/export-templates";
    }

    private String submit(MultiValueMap<String, String> params, Long id, Model model, RedirectAttributes redirect) {
        ExportTemplateForm form = ExportTemplateForm.from(params);
        boolean preview = "preview".equals(params.getFirst("action"));
        try {
            if (preview) {
                model.addAttribute("sample", templates.sample(form.input()));
                return form(form, id, Map.of(), model);
            }
            ExportTemplateView saved = id == null ? templates.create(form.input()) : templates.update(id, form.input());
            redirect.addFlashAttribute("message", "出力テンプレート「" + saved.name() + "」を保存しました");
            return "redirect:/settings/export-templates/" + saved.id();
        } catch (DomainException ex) {
            model.addAttribute("error", (preview ? "プレビューできませんでした: " : "保存できませんでした: ") + ex.getMessage());
            return form(form, id, Map.of(ex.field() == null ? "" : ex.field(), ex.getMessage()), model);
        }
    }

    private ExportTemplateView existing(long id) {
        try {
            return templates.get(id);
        } catch (NotFoundException ex) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, ex.getMessage(), ex);
        }
    }

    private String form(ExportTemplateForm form, Long id, Map<String, String> errors, Model model) {
        Map<TemplateFieldGroup, List<TemplateField>> catalog = new LinkedHashMap<>();
        Arrays.stream(TemplateFieldGroup.values()).forEach(group -> catalog.put(group, TemplateField.of(group)));
        TemplateEncoding encoding = Arrays.stream(TemplateEncoding.values())
                .filter(e -> e.name().equals(form.encoding())).findFirst().orElse(null);
        TemplateQuoting quoting = Arrays.stream(TemplateQuoting.values())
                .filter(q -> q.name().equals(form.quoting())).findFirst().orElse(TemplateQuoting.ALL);
        model.addAttribute("form", form);
        model.addAttribute("templateId", id);
        model.addAttribute("errors", errors);
        model.addAttribute("catalog", catalog);
        model.addAttribute("encodings", TemplateEncoding.values());
        model.addAttribute("quotings", TemplateQuoting.values());
        model.addAttribute("lineEndings", LineEnding.values());
        model.addAttribute("rowPers", RowGranularity.values());
        model.addAttribute("headerPreview", TemplateLabelWriter.headerLine(form.headers(), quoting, encoding));
        return FORM;
    }
}
