package jp.juchu.shop;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import jp.juchu.audit.OperationLog;
import jp.juchu.core.ConflictException;
import jp.juchu.core.InvalidInputException;
import jp.juchu.core.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * メールテンプレート: maintained by admins, resolved per purpose and shop for sending. Except for
 * {@link MailPurpose#FREE}, there is at most one template per purpose for all shops and one per purpose
 * and shop; the shop's own template wins over the shared one.
 */
@Service
public class MailTemplates {

    static final String AREA = "メールテンプレート";
    static final int NAME_LIMIT = 100;
    static final int SUBJECT_LIMIT = 200;
    static final int BODY_LIMIT = 20000;
    private static final String SAMPLE_SHOP_NAME = "サンプルショップ 楽天市場店";

    private final MailTemplateRepository templates;
    private final ShopDirectory shops;
    private final OperationLog operationLog;
    private final Clock clock;
    private final MailTemplateRenderer renderer = new MailTemplateRenderer();

    MailTemplates(MailTemplateRepository templates, ShopDirectory shops, OperationLog operationLog, Clock clock) {
        this.templates = templates;
        this.shops = shops;
        this.operationLog = operationLog;
        this.clock = clock;
    }

    /** Templates, optionally only those of one shop code and/or one purpose (by its code, e.g. SHIPPED). */
    @Transactional(readOnly = true)
    public List<MailTemplateView> list(String shop, String purpose) {
        String shopFilter = blankToNull(shop);
        MailPurpose purposeFilter = blankToNull(purpose) == null ? null : purpose(purpose);
        return templates.findAll().stream()
                .filter(t -> shopFilter == null || shopFilter.equals(t.getShopCode()))
                .filter(t -> purposeFilter == null || purposeFilter == t.getPurpose())
                .sorted(Comparator.comparing(MailTemplate::getPurpose)
                        .thenComparing(MailTemplate::getShopCode, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(MailTemplate::getId))
                .map(MailTemplate::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public MailTemplateView get(long id) {
        return require(id).view();
    }

    /** The template to use for {@code purpose} in {@code shopCode}: the shop's own, else the shared one. */
    @Transactional(readOnly = true)
    public Optional<MailTemplateView> resolve(MailPurpose purpose, String shopCode) {
        List<MailTemplate> candidates = templates.findByPurposeOrderByIdAsc(purpose);
        return candidates.stream().filter(t -> shopCode != null && shopCode.equals(t.getShopCode())).findFirst()
                .or(() -> candidates.stream().filter(t -> t.getShopCode() == null).findFirst())
                .map(MailTemplate::view);
    }

    @Transactional
    public MailTemplateView create(MailTemplateInput input) {
        MailTemplateContent content = validate(input);
        rejectDuplicate(content, null);
        MailTemplate template = templates.save(new MailTemplate(content, clock.instant()));
        operationLog.record(AREA, "作成", target(template), describe(content));
        return template.view();
    }

    @Transactional
    public MailTemplateView update(long id, MailTemplateInput input) {
        MailTemplate template = require(id);
        MailTemplateContent content = validate(input);
        rejectDuplicate(content, id);
        template.apply(content, clock.instant());
        templates.flush();
        operationLog.record(AREA, "更新", target(template), describe(content));
        return template.view();
    }

    /** Renders a subject and body against a built-in sample order (for the preview pane). */
    @Transactional(readOnly = true)
    public RenderedMail preview(String subject, String body, String shop) {
        String shopCode = blankToNull(shop);
        String shopName = shopCode == null ? SAMPLE_SHOP_NAME : existingShop(shopCode).name();
        Map<String, Object> values = MailSampleOrder.values(shopName);
        return new RenderedMail(renderChecked("subject", subject, values), renderChecked("body", body, values));
    }

    /** Fills a stored template with the values of a real order (see {@link MailTemplateRenderer} for the value shapes). */
    public RenderedMail render(MailTemplateView template, Map<String, ?> values) {
        return new RenderedMail(renderer.render(template.subject(), values), renderer.render(template.body(), values));
    }

    private MailTemplateContent validate(MailTemplateInput input) {
        MailPurpose purpose = purpose(input.purpose());
        String shopCode = blankToNull(input.shop());
        if (shopCode != null) {
            existingShop(shopCode);
        }
        String name = required(input.name(), "name", "テンプレート名", NAME_LIMIT).strip();
        String subject = required(input.subject(), "subject", "件名", SUBJECT_LIMIT).strip();
        if (subject.contains("\n") || subject.contains("\r")) {
            throw new InvalidInputException("subject", "件名に改行は入れられません");
        }
        String body = required(normaliseLineBreaks(input.body()), "body", "本文", BODY_LIMIT);
        syntax("subject", subject);
        syntax("body", body);
        return new MailTemplateContent(purpose, shopCode, name, subject, body);
    }

    private void rejectDuplicate(MailTemplateContent content, Long self) {
        for (MailTemplate other : templates.findByPurposeOrderByIdAsc(content.purpose())) {
            if (Objects.equals(other.getId(), self) || !Objects.equals(other.getShopCode(), content.shopCode())) {
                continue;
            }
            String scope = content.shopCode() == null ? "全ショップ共通" : "ショップ「" + content.shopCode() + "」";
            if (content.purpose() != MailPurpose.FREE) {
                throw new ConflictException("purpose", scope + "の「" + content.purpose().label()
                        + "」テンプレートは既に登録されています (既存のテンプレートを編集してください)");
            }
            if (other.getName().equals(content.name())) {
                throw new ConflictException("name", scope + "のフリーテンプレートに「" + content.name() + "」は既にあります");
            }
        }
    }

    private String renderChecked(String field, String text, Map<String, Object> values) {
        syntax(field, text);
        return renderer.render(text, values);
    }

    private void syntax(String field, String text) {
        try {
            renderer.validate(text);
        } catch (MailTemplateSyntaxException ex) {
            throw new InvalidInputException(field, ex.getMessage());
        }
    }

    private ShopRef existingShop(String code) {
        return shops.find(code).orElseThrow(() -> new InvalidInputException("shop", "ショップ「" + code + "」は登録されていません"));
    }

    private MailTemplate require(long id) {
        return templates.findById(id).orElseThrow(() -> new NotFoundException("メールテンプレート " + id + " は存在しません"));
    }

    static MailPurpose purpose(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("purpose", "用途を選択してください");
        }
        try {
            return MailPurpose.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("purpose", "用途「" + value + "」は使用できません");
        }
    }

    private static String required(String value, String field, String label, int limit) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, label + "を入力してください");
        }
        if (value.length() > limit) {
            throw new InvalidInputException(field, label + "は" + limit + "文字以内にしてください");
        }
        return value;
    }

    private static String normaliseLineBreaks(String text) {
        return text == null ? null : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String target(MailTemplate template) {
        return "#" + template.getId() + " " + template.getName();
    }

    private static String describe(MailTemplateContent content) {
        return "用途: " + content.purpose().label() + " / ショップ: " + (content.shopCode() == null ? "共通" : content.shopCode())
                + " / 件名: " + content.subject();
    }
}
