package jp.juchu.shipping;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import jp.juchu.core.InvalidInputException;

/**
 * 受注CSV出力項目設定: a user-defined CSV layout for 出荷指示 (outsourced warehouses, label tools). It accepts only a
 * complete, valid definition: a name, the file options and 1–200 columns, each with a header and exactly one of a
 * catalog field and a 固定値. The name's uniqueness across templates is checked by {@link ExportTemplates}
 * (and the database).
 */
@Entity
@Table(name = "export_template")
class ExportTemplate {

    static final int NAME_LIMIT = 50;
    static final int DESCRIPTION_LIMIT = 200;
    static final int MAX_COLUMNS = 200;
    static final int HEADER_LIMIT = 100;
    static final int FIXED_VALUE_LIMIT = 200;
    static final int MAX_LENGTH_LIMIT = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = NAME_LIMIT)
    private String name;

    @Column(nullable = false, length = DESCRIPTION_LIMIT)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TemplateEncoding encoding;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TemplateQuoting quoting;

    @Enumerated(EnumType.STRING)
    @Column(name = "line_ending", nullable = false, length = 10)
    private LineEnding lineEnding;

    @Column(name = "header_row", nullable = false)
    private boolean headerRow;

    @Enumerated(EnumType.STRING)
    @Column(name = "row_per", nullable = false, length = 20)
    private RowGranularity rowPer;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "export_template_column", joinColumns = @JoinColumn(name = "template_id"))
    @OrderColumn(name = "seq")
    private List<TemplateColumnEntry> columns = new ArrayList<>();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected ExportTemplate() {
    }

    ExportTemplate(TemplateDefinition definition, Instant now) {
        redefine(definition, now);
    }

    /**
     * Replaces the whole definition, or nothing when any part of it is invalid. The time is kept in whole seconds,
     * what every database here stores (Connector/J on MariaDB drops fractions), so a template reads back as returned.
     */
    void redefine(TemplateDefinition definition, Instant now) {
        String checkedName = name(definition.name());
        String checkedDescription = description(definition.description());
        require(definition.encoding(), "encoding", "文字コードを選択してください");
        require(definition.quoting(), "quoting", "囲み文字 (\") の付け方を選択してください");
        require(definition.lineEnding(), "lineEnding", "改行コードを選択してください");
        require(definition.rowPer(), "rowPer", "出力単位を選択してください");
        List<TemplateColumnEntry> checkedColumns = columns(definition.columns());

        this.name = checkedName;
        this.description = checkedDescription;
        this.encoding = definition.encoding();
        this.quoting = definition.quoting();
        this.lineEnding = definition.lineEnding();
        this.headerRow = definition.header();
        this.rowPer = definition.rowPer();
        this.columns.clear();
        this.columns.addAll(checkedColumns);
        this.updatedAt = now.truncatedTo(ChronoUnit.SECONDS);
    }

    ExportTemplateView view() {
        return new ExportTemplateView(id == null ? 0 : id, name, description, encoding, quoting, lineEnding, headerRow, rowPer,
                columns.stream().map(TemplateColumnEntry::column).toList(), updatedAt);
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    private static String name(String value) {
        String name = value == null ? "" : value.strip();
        if (name.isEmpty()) {
            throw new InvalidInputException("name", "テンプレート名を入力してください");
        }
        if (name.length() > NAME_LIMIT) {
            throw new InvalidInputException("name", "テンプレート名は" + NAME_LIMIT + "文字以内にしてください (" + name.length() + "文字あります)");
        }
        if (hasControlCharacter(name)) {
            throw new InvalidInputException("name", "テンプレート名に改行やタブは入れられません");
        }
        return name;
    }

    private static String description(String value) {
        String description = value == null ? "" : value.strip();
        if (description.length() > DESCRIPTION_LIMIT) {
            throw new InvalidInputException("description", "説明は" + DESCRIPTION_LIMIT + "文字以内にしてください ("
                    + description.length() + "文字あります)");
        }
        return description;
    }

    private static List<TemplateColumnEntry> columns(List<TemplateColumn> columns) {
        if (columns == null || columns.isEmpty()) {
            throw new InvalidInputException("columns", "出力項目を1つ以上設定してください");
        }
        if (columns.size() > MAX_COLUMNS) {
            throw new InvalidInputException("columns", "出力項目は" + MAX_COLUMNS + "列までです (" + columns.size() + "列あります)");
        }
        List<TemplateColumnEntry> entries = new ArrayList<>(columns.size());
        for (int i = 0; i < columns.size(); i++) {
            entries.add(new TemplateColumnEntry(column(i, columns.get(i))));
        }
        return entries;
    }

    private static TemplateColumn column(int index, TemplateColumn column) {
        String path = "columns[" + index + "]";
        String where = "出力項目 " + (index + 1) + "列目: ";
        if (column == null) {
            throw new InvalidInputException(path, where + "見出しと項目を設定してください");
        }
        String header = column.header() == null ? "" : column.header().strip();
        if (header.isEmpty()) {
            throw new InvalidInputException(path + ".header", where + "見出しを入力してください");
        }
        if (header.length() > HEADER_LIMIT) {
            throw new InvalidInputException(path + ".header", where + "見出しは" + HEADER_LIMIT + "文字以内にしてください");
        }
        if (hasControlCharacter(header)) {
            throw new InvalidInputException(path + ".header", where + "見出しに改行やタブは入れられません");
        }
        if (column.field() != null && column.fixedValue() != null) {
            throw new InvalidInputException(path + ".field", where + "項目と固定値はどちらか一方だけを指定してください");
        }
        if (column.field() == null && column.fixedValue() == null) {
            throw new InvalidInputException(path + ".field", where + "項目を選ぶか、固定値を指定してください (空欄の列は空の固定値)");
        }
        if (column.fixedValue() != null) {
            if (column.fixedValue().length() > FIXED_VALUE_LIMIT) {
                throw new InvalidInputException(path + ".fixedValue", where + "固定値は" + FIXED_VALUE_LIMIT + "文字以内にしてください");
            }
            if (hasControlCharacter(column.fixedValue())) {
                throw new InvalidInputException(path + ".fixedValue", where + "固定値に改行やタブは入れられません");
            }
        }
        Integer maxLength = column.maxLength();
        if (maxLength != null && (maxLength < 1 || maxLength > MAX_LENGTH_LIMIT)) {
            throw new InvalidInputException(path + ".maxLength", where + "最大文字数は1〜" + MAX_LENGTH_LIMIT
                    + "で指定してください (制限しない場合は空欄)");
        }
        return new TemplateColumn(header, column.field(), column.fixedValue(), maxLength);
    }

    private static void require(Object value, String field, String message) {
        if (value == null) {
            throw new InvalidInputException(field, message);
        }
    }

    private static boolean hasControlCharacter(String text) {
        return text.chars().anyMatch(c -> c < 0x20 || c == 0x7F);
    }
}
