package jp.juchu.shop;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import jp.juchu.audit.OperationLog;
import jp.juchu.core.ConflictException;
import jp.juchu.core.InvalidInputException;
import jp.juchu.core.Mall;
import jp.juchu.core.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers and maintains 連携ショップ. Every request is validated completely before anything changes,
 * and every change is written to the operation log (field names only for credentials).
 */
@Service
public class ShopManagement {

    static final String AREA = "連携ショップ";

    private final ShopRepository shops;
    private final ShopDirectory directory;
    private final CredentialCipher cipher;
    private final OperationLog operationLog;
    private final ApplicationEventPublisher events;

    ShopManagement(ShopRepository shops, ShopDirectory directory, CredentialCipher cipher, OperationLog operationLog,
                   ApplicationEventPublisher events) {
        this.shops = shops;
        this.directory = directory;
        this.cipher = cipher;
        this.operationLog = operationLog;
        this.events = events;
    }

    /** A shop without credentials and with order intake switched on (used by demo data and tests). */
    @Transactional
    public ShopRef register(Mall mall, String name, String shortName) {
        Shop shop = shops.save(new Shop(ShopCodes.next(mall, shops.findAllCodes()), mall, name, shortName));
        operationLog.record(AREA, "作成", shop.getCode(), mall.label() + " " + shop.getName());
        return ShopRef.of(shop);
    }

    @Transactional
    public ShopDetails create(ShopInput input) {
        if (input.mall() == null) {
            throw new InvalidInputException("mall", "モール種別を選択してください");
        }
        String code = chooseCode(input.code(), input.mall());
        ShopAttributes attributes = new ShopAttributes(input.mall(), input.name(), input.shortName(), input.url(),
                input.managerName(), input.senderEmail(), Boolean.TRUE.equals(input.rakutenAnonymousMail()),
                Boolean.TRUE.equals(input.orderIntakeEnabled()),
                input.cancelledOrders() == null ? CancelledOrderHandling.REGISTER_AS_CANCELLED : input.cancelledOrders());
        CredentialChanges credentials = CredentialChanges.validate(input.mall(), input.credentials(), input.licenseKeyExpiresOn());
        boolean switchesIntakeOn = attributes.orderIntakeEnabled() && credentials.leaveConfigured(Set.of());
        requireConsent(switchesIntakeOn, input.intakeConsent());

        Shop shop = new Shop(code, attributes);
        List<String> credentialLog = credentials.applyTo(shop, cipher);
        shop = shops.save(shop);
        List<String> detail = new ArrayList<>(List.of(input.mall().label(), "正式名称「" + attributes.name() + "」",
                "受注取込: " + intakeLabel(attributes.orderIntakeEnabled())));
        if (!credentialLog.isEmpty()) {
            detail.add("認証情報 " + String.join(", ", credentialLog));
        }
        if (switchesIntakeOn) {
            detail.add("モールへの送信内容に同意");
        }
        operationLog.record(AREA, "作成", code, String.join(" / ", detail));
        return directory.details(shop);
    }

    @Transactional
    public ShopDetails update(String code, ShopInput input) {
        Shop shop = shops.findByCode(code).orElseThrow(() -> new NotFoundException("ショップ「" + code + "」は登録されていません"));
        if (input.code() != null && !input.code().isBlank() && !input.code().strip().equals(shop.getCode())) {
            throw new ConflictException("immutable", "code", "ショップコードは変更できません (現在: " + shop.getCode() + ")");
        }
        if (input.mall() != null && input.mall() != shop.getMall()) {
            throw new ConflictException("immutable", "mall", "モール種別は登録後に変更できません (現在: " + shop.getMall().label() + ")");
        }
        ShopAttributes before = shop.attributes();
        ShopAttributes after = new ShopAttributes(shop.getMall(),
                orElse(input.name(), before.name()), orElse(input.shortName(), before.shortName()),
                orElse(input.url(), before.url()), orElse(input.managerName(), before.managerName()),
                orElse(input.senderEmail(), before.senderEmail()),
                orElse(input.rakutenAnonymousMail(), before.rakutenAnonymousMail()),
                orElse(input.orderIntakeEnabled(), before.orderIntakeEnabled()),
                orElse(input.cancelledOrders(), before.cancelledOrders()));
        CredentialChanges credentials = CredentialChanges.validate(shop.getMall(), input.credentials(), input.licenseKeyExpiresOn());
        boolean linkedBefore = before.orderIntakeEnabled() && shop.hasCredentials();
        boolean switchesIntakeOn = !linkedBefore && after.orderIntakeEnabled()
                && credentials.leaveConfigured(shop.encryptedCredentials().keySet());
        requireConsent(switchesIntakeOn, input.intakeConsent());

        shop.apply(after);
        List<String> changes = ShopChangeLog.differences(before, after);
        List<String> credentialLog = credentials.applyTo(shop, cipher);
        if (!credentialLog.isEmpty()) {
            changes.add("認証情報 " + String.join(", ", credentialLog));
        }
        if (switchesIntakeOn) {
            changes.add("モールへの送信内容に同意");
        }
        operationLog.record(AREA, "更新", code, changes.isEmpty() ? "変更なし" : String.join(" / ", changes));
        return directory.details(shops.saveAndFlush(shop));
    }

    @Transactional
    public void delete(String code) {
        Shop shop = shops.findByCode(code).orElseThrow(() -> new NotFoundException("ショップ「" + code + "」は登録されていません"));
        events.publishEvent(new ShopDeleting(shop.getId(), shop.getCode()));
        try {
            shops.delete(shop);
            shops.flush();
        } catch (DataIntegrityViolationException e) {
            throw new ConflictException("in_use", "code", "ショップ「" + code + "」は受注や設定で使われているため削除できません");
        }
        operationLog.record(AREA, "削除", code, shop.getMall().label() + " 正式名称「" + shop.getName() + "」");
    }

    private String chooseCode(String requested, Mall mall) {
        if (requested == null || requested.isBlank()) {
            return ShopCodes.next(mall, shops.findAllCodes());
        }
        String code = ShopCodes.requireValid(requested.strip());
        if (shops.existsByCodeIgnoreCase(code)) {
            throw new ConflictException("duplicate", "code", "ショップコード「" + code + "」は既に使われています");
        }
        return code;
    }

    /**
     * Data start flowing to the mall when a shop becomes "linked" (intake on and credentials stored), whether
     * intake is switched on or credentials are added to a shop whose intake is already on; both need consent.
     */
    private static void requireConsent(boolean switchesIntakeOn, boolean consent) {
        if (switchesIntakeOn && !consent) {
            throw new InvalidInputException("intakeConsent",
                    "API 連携で受注取込を「使用する」にするには、モールへ送信されるデータの内容を確認して同意してください");
        }
    }

    static String intakeLabel(boolean enabled) {
        return enabled ? "使用する" : "使用しない";
    }

    private static <T> T orElse(T value, T fallback) {
        return Objects.requireNonNullElse(value, fallback);
    }
}
