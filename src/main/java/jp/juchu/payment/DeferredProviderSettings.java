package jp.juchu.payment;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import jp.juchu.audit.OperationLog;
import jp.juchu.core.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 後払い設定: per provider the 請求書同梱 default and, for NP後払い, 加盟店コード, SPコード and 端末ID (sealed). */
@Service
public class DeferredProviderSettings {

    static final String AREA = "後払い設定";
    static final String MASK_PREFIX = "••••";
    private static final String SP_CODE = "spCode";
    private static final String TERMINAL_ID = "terminalId";
    private static final int SECRET_LIMIT = 200;
    private static final Pattern SECRET = Pattern.compile("[\\x21-\\x7E]+");
    private static final Logger log = LoggerFactory.getLogger(DeferredProviderSettings.class);

    private final DeferredProviderSettingRepository settings;
    private final ProviderSecretCipher cipher;
    private final OperationLog operationLog;
    private final Clock clock;

    DeferredProviderSettings(DeferredProviderSettingRepository settings, ProviderSecretCipher cipher,
                             OperationLog operationLog, Clock clock) {
        this.settings = settings;
        this.cipher = cipher;
        this.operationLog = operationLog;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<DeferredProviderSettingView> all() {
        return Arrays.stream(DeferredProvider.values()).map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public DeferredProviderSettingView get(DeferredProvider provider) {
        return view(provider);
    }

    @Transactional
    public DeferredProviderSettingView update(DeferredProvider provider, DeferredProviderSettingInput input) {
        boolean api = !provider.usesCsv();
        if (!api && (hasText(input.merchantCode()) || hasText(input.spCode()) || hasText(input.terminalId()))) {
            throw new InvalidInputException("merchantCode", provider.label() + "はCSV連携のため認証情報は設定できません");
        }
        String merchant = input.merchantCode() == null ? null : input.merchantCode().strip();
        if (merchant != null && !merchant.isEmpty()) {
            secret("merchantCode", "加盟店コード", merchant);
        }
        String sp = submittedSecret(SP_CODE, "SPコード", input.spCode());
        String terminal = submittedSecret(TERMINAL_ID, "端末ID", input.terminalId());

        DeferredProviderSetting setting = settings.findByProvider(provider).orElseGet(() -> new DeferredProviderSetting(provider));
        List<String> changes = new ArrayList<>();
        if (input.invoiceEnclosedDefault() != null && input.invoiceEnclosedDefault() != setting.isInvoiceEnclosedDefault()) {
            setting.invoiceEnclosedDefault(input.invoiceEnclosedDefault());
            changes.add("請求書同梱の初期値: " + (input.invoiceEnclosedDefault() ? "同梱する" : "同梱しない"));
        }
        if (input.clearCredentials()) {
            if (setting.getMerchantCode() != null || setting.getSpCodeSealed() != null || setting.getTerminalIdSealed() != null) {
                changes.add("認証情報: 削除");
            }
            setting.merchantCode(null);
            setting.spCodeSealed(null);
            setting.terminalIdSealed(null);
        } else {
            if (merchant != null && !Objects.equals(emptyToNull(merchant), setting.getMerchantCode())) {
                changes.add("加盟店コード: " + (merchant.isEmpty() ? "削除" : setting.getMerchantCode() == null ? "設定" : "変更"));
                setting.merchantCode(emptyToNull(merchant));
            }
            if (sp != null && !sp.equals(openOrNull(setting.getSpCodeSealed(), provider, SP_CODE))) {
                changes.add("SPコード: " + (setting.getSpCodeSealed() == null ? "設定" : "変更"));
                setting.spCodeSealed(cipher.seal(sp, ProviderSecretCipher.context(provider, SP_CODE)));
            }
            if (terminal != null && !terminal.equals(openOrNull(setting.getTerminalIdSealed(), provider, TERMINAL_ID))) {
                changes.add("端末ID: " + (setting.getTerminalIdSealed() == null ? "設定" : "変更"));
                setting.terminalIdSealed(cipher.seal(terminal, ProviderSecretCipher.context(provider, TERMINAL_ID)));
            }
        }
        if (!changes.isEmpty() || setting.getUpdatedAt() == null) {
            setting.touched(currentUser(), clock.instant());
            settings.save(setting);
            operationLog.record(AREA, "更新", provider.label(), changes.isEmpty() ? "初期設定" : String.join(", ", changes));
        }
        return view(provider);
    }

    /** The 請求書同梱 default for a new registration. */
    @Transactional(readOnly = true)
    public boolean invoiceEnclosedDefault(DeferredProvider provider) {
        return settings.findByProvider(provider).map(DeferredProviderSetting::isInvoiceEnclosedDefault).orElse(false);
    }

    /** @throws DeferredProviderUnavailable (not retryable) when NP後払い's credentials are missing or unreadable */
    @Transactional(readOnly = true)
    NpCredentials npCredentials() {
        DeferredProviderSetting setting = settings.findByProvider(DeferredProvider.NP_ATOBARAI)
                .filter(s -> s.getMerchantCode() != null && s.getSpCodeSealed() != null && s.getTerminalIdSealed() != null)
                .orElseThrow(() -> new DeferredProviderUnavailable(
                        "NP後払いの加盟店コード・SPコード・端末IDが設定されていません。設定 > 後払い設定で入力してください", false));
        try {
            return new NpCredentials(setting.getMerchantCode(),
                    cipher.open(setting.getSpCodeSealed(), ProviderSecretCipher.context(DeferredProvider.NP_ATOBARAI, SP_CODE)),
                    cipher.open(setting.getTerminalIdSealed(), ProviderSecretCipher.context(DeferredProvider.NP_ATOBARAI, TERMINAL_ID)));
        } catch (ProviderSecretCipher.SecretUnreadable e) {
            log.warn(e.getMessage());
            throw new DeferredProviderUnavailable("NP後払いのSPコード・端末IDを復号できません（秘密鍵が変わった可能性があります）。"
                    + "設定 > 後払い設定で入力し直してください", false);
        }
    }

    private DeferredProviderSettingView view(DeferredProvider provider) {
        DeferredProviderSetting setting = settings.findByProvider(provider).orElseGet(() -> new DeferredProviderSetting(provider));
        boolean api = !provider.usesCsv();
        String sp = masked(setting.getSpCodeSealed(), provider, SP_CODE);
        String terminal = masked(setting.getTerminalIdSealed(), provider, TERMINAL_ID);
        boolean ready = !api || setting.getMerchantCode() != null && sp != null && terminal != null;
        return new DeferredProviderSettingView(provider, provider.label(), provider.linkage().label(),
                setting.isInvoiceEnclosedDefault(), api, setting.getMerchantCode(), sp != null, sp, terminal != null, terminal,
                ready, setting.getUpdatedBy(), setting.getUpdatedAt());
    }

    private String masked(String sealed, DeferredProvider provider, String field) {
        if (sealed == null) {
            return null;
        }
        String plain = openOrNull(sealed, provider, field);
        if (plain == null || plain.length() < 8) {
            return MASK_PREFIX;
        }
        return MASK_PREFIX + plain.substring(plain.length() - 4);
    }

    private String openOrNull(String sealed, DeferredProvider provider, String field) {
        if (sealed == null) {
            return null;
        }
        try {
            return cipher.open(sealed, ProviderSecretCipher.context(provider, field));
        } catch (ProviderSecretCipher.SecretUnreadable e) {
            log.warn(e.getMessage());
            return null;
        }
    }

    /** {@code null} when the submitted text keeps the stored secret (absent, blank or the mask). */
    private static String submittedSecret(String field, String label, String text) {
        if (text == null || text.isBlank() || text.strip().startsWith(MASK_PREFIX)) {
            return null;
        }
        return secret(field, label, text.strip());
    }

    private static String secret(String field, String label, String value) {
        if (value.length() > SECRET_LIMIT || !SECRET.matcher(value).matches()) {
            throw new InvalidInputException(field, "「" + label + "」は空白を含まない半角英数字・記号で" + SECRET_LIMIT + "文字以内で入力してください");
        }
        return value;
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    private static String currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth.getName() == null ? "system" : auth.getName();
    }
}
