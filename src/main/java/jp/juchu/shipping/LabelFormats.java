package jp.juchu.shipping;

import java.util.ArrayList;
import java.util.List;
import jp.juchu.core.InvalidInputException;
import org.springframework.stereotype.Component;

/** Resolves a 配送伝票 format id (B2, EHIDEN, YUPRI, TEMPLATE:&lt;id&gt;). */
@Component
class LabelFormats {

    static final String TEMPLATE_PREFIX = "TEMPLATE:";

    private static final List<LabelFormat> CARRIERS = List.of(
            new LabelFormat("B2", "B2クラウド (ヤマト運輸)", "YAMATO", "b2cloud", new B2CloudLayout()),
            new LabelFormat("EHIDEN", "e飛伝Ⅱ (佐川急便)", "SAGAWA", "ehiden", new EhidenLayout()),
            new LabelFormat("YUPRI", "ゆうパックプリントR (日本郵便)", "JAPANPOST", "yupri", new YupackPrintLayout()));

    private final ExportTemplates templates;

    LabelFormats(ExportTemplates templates) {
        this.templates = templates;
    }

    LabelFormat resolve(String id) {
        String format = id == null ? "" : id.strip();
        for (LabelFormat carrier : CARRIERS) {
            if (carrier.id().equalsIgnoreCase(format)) {
                return carrier;
            }
        }
        if (format.regionMatches(true, 0, TEMPLATE_PREFIX, 0, TEMPLATE_PREFIX.length())) {
            long templateId = templateId(format.substring(TEMPLATE_PREFIX.length()));
            ExportTemplateView template = templates.get(templateId);
            return new LabelFormat(TEMPLATE_PREFIX + templateId, template.name(), null, "template-" + templateId,
                    templates.writer(templateId));
        }
        throw new InvalidInputException("format", "配送伝票「" + format + "」はありません (B2, EHIDEN, YUPRI, TEMPLATE:<id>)");
    }

    /** Every format for the screens' choice lists: the carriers, then the user templates by name. */
    List<LabelFormat> all() {
        List<LabelFormat> all = new ArrayList<>(CARRIERS);
        for (ExportTemplateView template : templates.list()) {
            all.add(new LabelFormat(TEMPLATE_PREFIX + template.id(), "テンプレート: " + template.name(), null,
                    "template-" + template.id(), new TemplateLabelWriter(template)));
        }
        return all;
    }

    private static long templateId(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("format", "テンプレートID「" + text + "」は数値ではありません (TEMPLATE:<id>)");
        }
    }
}
