package jp.juchu.shop.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.juchu.shop.MailPlaceholders;
import jp.juchu.shop.MailTemplateInput;
import jp.juchu.shop.MailTemplateView;
import jp.juchu.shop.MailTemplates;
import jp.juchu.shop.RenderedMail;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/mail-templates")
class MailTemplateApiController {

    private final MailTemplates templates;

    MailTemplateApiController(MailTemplates templates) {
        this.templates = templates;
    }

    @GetMapping
    List<Map<String, Object>> list(@RequestParam(required = false) String shop, @RequestParam(required = false) String purpose) {
        return templates.list(shop, purpose).stream().map(MailTemplateApiController::json).toList();
    }

    @GetMapping("/{id}")
    Map<String, Object> get(@PathVariable long id) {
        return json(templates.get(id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> create(@RequestBody MailTemplateInput input) {
        return json(templates.create(input));
    }

    @PutMapping("/{id}")
    Map<String, Object> update(@PathVariable long id, @RequestBody MailTemplateInput input) {
        return json(templates.update(id, input));
    }

    /** Renders an unsaved subject and body against a sample order. */
    @PostMapping("/preview")
    RenderedMail preview(@RequestBody PreviewRequest request) {
        return templates.preview(request.subject(), request.body(), request.shop());
    }

    /** The 差込項目 that templates may use, for editors and help texts. */
    @GetMapping("/placeholders")
    Map<String, Object> placeholders() {
        return Map.of("placeholders", MailPlaceholders.SCALARS, "block", MailPlaceholders.LINES,
                "lineItems", MailPlaceholders.LINE_ITEMS);
    }

    record PreviewRequest(String subject, String body, String shop) {
    }

    static Map<String, Object> json(MailTemplateView template) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", template.id());
        json.put("purpose", template.purpose().name());
        json.put("purposeLabel", template.purpose().label());
        json.put("shop", template.shopCode());
        json.put("name", template.name());
        json.put("subject", template.subject());
        json.put("body", template.body());
        json.put("updatedAt", template.updatedAt());
        return json;
    }
}
