package jp.juchu.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jp.juchu.core.InvalidInputException;

/** 配送業者: a fixed set (codes seeded by migration); the name, tracking-URL template and label software are editable. */
@Entity
@Table(name = "carrier")
class Carrier {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 20, updatable = false)
    private String code;

    @Column(nullable = false, length = 50)
    private String name;

    @Column(name = "tracking_url_template", length = 500)
    private String trackingUrlTemplate;

    @Enumerated(EnumType.STRING)
    @Column(name = "label_software", nullable = false, length = 20)
    private LabelSoftware labelSoftware;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected Carrier() {
    }

    String getCode() {
        return code;
    }

    int getSortOrder() {
        return sortOrder;
    }

    void change(String name, String trackingUrlTemplate, LabelSoftware labelSoftware) {
        String newName = Texts.required(name, "name", "配送業者名", 50);
        String template = trackingUrlTemplate == null || trackingUrlTemplate.isBlank() ? null : trackingUrlTemplate.strip();
        if (template != null) {
            if (template.length() > 500) {
                throw new InvalidInputException("trackingUrlTemplate", "追跡URLは500文字以内で入力してください");
            }
            if (!template.startsWith("https://") && !template.startsWith("http://")) {
                throw new InvalidInputException("trackingUrlTemplate", "追跡URLは https:// または http:// で始めてください");
            }
            if (!template.contains(CarrierRef.TRACKING_NUMBER_PLACEHOLDER)) {
                throw new InvalidInputException("trackingUrlTemplate",
                        "追跡URLには荷物番号の差し込み位置 " + CarrierRef.TRACKING_NUMBER_PLACEHOLDER + " を含めてください");
            }
        }
        if (labelSoftware == null) {
            throw new InvalidInputException("labelSoftware", "送り状ソフトを選択してください");
        }
        this.name = newName;
        this.trackingUrlTemplate = template;
        this.labelSoftware = labelSoftware;
    }

    CarrierRef toRef() {
        return new CarrierRef(code, name, trackingUrlTemplate, labelSoftware);
    }
}
