package jp.juchu.shipping;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import jp.juchu.audit.OperationLog;
import jp.juchu.core.ConflictException;
import jp.juchu.core.InvalidInputException;
import jp.juchu.core.NotFoundException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 受注CSV出力項目設定: user-defined CSV layouts for 出荷指示 (outsourced warehouses, label tools), maintained by
 * admins and chosen as 配送伝票 in the 出荷指示 export. Names are unique regardless of letter case.
 */
@Service
public class ExportTemplates {

    static final String AREA = "受注CSV出力項目設定";

    private static final Map<String, TemplateEncoding> ENCODING_ALIASES = Map.of(
            "SJIS", TemplateEncoding.WINDOWS_31J, "SHIFT_JIS", TemplateEncoding.WINDOWS_31J,
            "MS932", TemplateEncoding.WINDOWS_31J, "CP932", TemplateEncoding.WINDOWS_31J,
            "UTF8", TemplateEncoding.UTF_8, "UTF8_BOM", TemplateEncoding.UTF_8_BOM);

    private final ExportTemplateRepository templates;
    private final OperationLog operationLog;
    private final Clock clock;

    ExportTemplates(ExportTemplateRepository templates, OperationLog operationLog, Clock clock) {
        this.templates = templates;
        this.operationLog = operationLog;
        this.clock = clock;
    }

    /** All templates, by name. */
    @Transactional(readOnly = true)
    public List<ExportTemplateView> list() {
        return templates.findAll().stream()
                .sorted(Comparator.comparing(ExportTemplate::getName, String.CASE_INSENSITIVE_ORDER).thenComparing(ExportTemplate::getId))
                .map(ExportTemplate::view)
                .toList();
    }

    /** @throws NotFoundException when there is no template {@code id} */
    @Transactional(readOnly = true)
    public ExportTemplateView get(long id) {
        return require(id).view();
    }

    /**
     * @throws InvalidInputException (400) naming the field, e.g. {@code columns[2].field}
     * @throws ConflictException     (409) when another template has the name
     */
    @Transactional
    public ExportTemplateView create(ExportTemplateInput input) {
        TemplateDefinition definition = parse(input);
        ExportTemplate template = new ExportTemplate(definition, clock.instant());
        rejectDuplicateName(template.getName(), null);
        saveChecked(template);
        operationLog.record(AREA, "作成", target(template), describe(template.view()));
        return template.view();
    }

    /** Replaces the template's whole definition; the same errors as {@link #create}, and 404 for an unknown id. */
    @Transactional
    public ExportTemplateView update(long id, ExportTemplateInput input) {
        ExportTemplate template = require(id);
        TemplateDefinition definition = parse(input);
        rejectDuplicateName(definition.name() == null ? "" : definition.name().strip(), id);
        template.redefine(definition, clock.instant());
        saveChecked(template);
        operationLog.record(AREA, "更新", target(template), describe(template.view()));
        return template.view();
    }

    @Transactional
    public void delete(long id) {
        ExportTemplate template = require(id);
        templates.delete(template);
        templates.flush();
        operationLog.record(AREA, "削除", target(template), null);
    }

    /** The file writer for template {@code templateId} (as saved now); 404 when it does not exist. */
    @Transactional(readOnly = true)
    public LabelFileWriter writer(long templateId) {
        return new TemplateLabelWriter(get(templateId));
    }

    /**
     * The file an unsaved template would write for a made-up 送付先 with two order lines, decoded for display
     * (without BOM); the same validation errors as {@link #create}.
     */
    public String sample(ExportTemplateInput input) {
        ExportTemplateView view = new ExportTemplate(parse(input), clock.instant()).view();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new TemplateLabelWriter(view).write(List.of(SampleLabel.create()), ExportOptions.DEFAULT, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String text = out.toString(view.encoding().charset());
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The template's name for lists and job titles; a template deleted since is shown as such, not an error. */
    @Transactional(readOnly = true)
    public String displayName(long id) {
        return templates.findById(id).map(ExportTemplate::getName).orElse("削除されたテンプレート (#" + id + ")");
    }

    static TemplateDefinition parse(ExportTemplateInput input) {
        if (input == null) {
            throw new InvalidInputException("name", "テンプレートの内容がありません");
        }
        return new TemplateDefinition(input.name(), input.description(),
                encoding(input.encoding()),
                option(TemplateQuoting.class, input.quoting(), TemplateQuoting.ALL, "quoting", "囲み文字の指定"),
                option(LineEnding.class, input.lineEnding(), LineEnding.CRLF, "lineEnding", "改行コード"),
                input.header() == null || input.header(),
                option(RowGranularity.class, input.rowPer(), RowGranularity.ONE_PER_SHIPMENT, "rowPer", "出力単位"),
                columns(input.columns()));
    }

    private static TemplateEncoding encoding(String value) {
        String key = normalisedKey(value);
        if (key == null) {
            return TemplateEncoding.WINDOWS_31J;
        }
        TemplateEncoding alias = ENCODING_ALIASES.get(key);
        return alias != null ? alias : option(TemplateEncoding.class, value, TemplateEncoding.WINDOWS_31J, "encoding", "文字コード");
    }

    private static <E extends Enum<E>> E option(Class<E> type, String value, E fallback, String field, String label) {
        String key = normalisedKey(value);
        if (key == null) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, key);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, label + "「" + value + "」は使用できません ("
                    + String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()) + ")");
        }
    }

    private static List<TemplateColumn> columns(List<ExportTemplateInput.Column> inputs) {
        if (inputs == null) {
            return List.of();
        }
        List<TemplateColumn> columns = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            ExportTemplateInput.Column input = inputs.get(i);
            columns.add(input == null ? null
                    : new TemplateColumn(input.header(), field(i, input.field()), input.fixedValue(), input.maxLength()));
        }
        return columns;
    }

    private static TemplateField field(int index, String key) {
        String normalised = normalisedKey(key);
        if (normalised == null) {
            return null;
        }
        try {
            return TemplateField.valueOf(normalised);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("columns[" + index + "].field",
                    "出力項目 " + (index + 1) + "列目: 項目「" + key + "」はありません (GET /api/export-templates/fields の key を指定してください)");
        }
    }

    private static String normalisedKey(String value) {
        return value == null || value.isBlank() ? null : value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    }

    private void rejectDuplicateName(String name, Long self) {
        for (ExportTemplate other : templates.findAll()) {
            if (!Objects.equals(other.getId(), self) && other.getName().equalsIgnoreCase(name)) {
                throw new ConflictException("duplicate_name", "name", "テンプレート名「" + name + "」は既に使われています");
            }
        }
    }

    /** A concurrent save of the same name gets past the check but not past the unique key: the same 409. */
    private void saveChecked(ExportTemplate template) {
        try {
            templates.saveAndFlush(template);
        } catch (DataIntegrityViolationException e) {
            throw new ConflictException("duplicate_name", "name", "テンプレート名「" + template.getName() + "」は既に使われています");
        }
    }

    private ExportTemplate require(long id) {
        return templates.findById(id).orElseThrow(() -> new NotFoundException("出力テンプレート " + id + " は存在しません"));
    }

    private static String target(ExportTemplate template) {
        return "#" + template.getId() + " " + template.getName();
    }

    private static String describe(ExportTemplateView view) {
        return view.encoding().label() + " / " + view.lineEnding().label() + " / " + view.rowPer().label() + " / "
                + view.columns().size() + "列: " + String.join(",", view.columns().stream().map(TemplateColumn::header).toList());
    }
}
