package jp.juchu.shop;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import jp.juchu.audit.OperationLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and saves the 店舗プロフィール; {@link #current()} is what 帳票 and 配送伝票 (ご依頼主) use. */
@Service
public class StoreProfiles {

    static final String AREA = "店舗プロフィール";

    private final StoreProfileRepository profiles;
    private final OperationLog operationLog;

    StoreProfiles(StoreProfileRepository profiles, OperationLog operationLog) {
        this.profiles = profiles;
        this.operationLog = operationLog;
    }

    /** The saved profile, or one with empty fields when nothing was saved yet. */
    @Transactional(readOnly = true)
    public StoreProfile current() {
        return profiles.findFirstByOrderByIdAsc().map(StoreProfileSettings::toProfile).orElseGet(StoreProfile::empty);
    }

    /** Validates, normalises (postal code, full-width digits) and saves; returns what was stored. */
    @Transactional
    public StoreProfile update(StoreProfile input) {
        StoreProfile validated = StoreProfileRules.validated(input);
        StoreProfileSettings row = profiles.findFirstByOrderByIdAsc()
                .orElseThrow(() -> new IllegalStateException("store_profile row missing (migration V3)"));
        StoreProfile before = row.toProfile();
        row.replaceWith(validated);
        List<String> changed = changedFields(before, validated);
        operationLog.record(AREA, "更新", "店舗プロフィール", changed.isEmpty() ? "変更なし" : "変更: " + String.join(", ", changed));
        return validated;
    }

    private static List<String> changedFields(StoreProfile before, StoreProfile after) {
        List<String> changed = new ArrayList<>();
        check(changed, "会社名", before, after, StoreProfile::companyName);
        check(changed, "郵便番号", before, after, StoreProfile::postalCode);
        check(changed, "住所1", before, after, StoreProfile::address1);
        check(changed, "住所2", before, after, StoreProfile::address2);
        check(changed, "住所3", before, after, StoreProfile::address3);
        check(changed, "電話番号", before, after, StoreProfile::phone);
        check(changed, "FAX番号", before, after, StoreProfile::fax);
        check(changed, "メールアドレス", before, after, StoreProfile::mail);
        check(changed, "会社名(英語)", before, after, StoreProfile::englishCompanyName);
        check(changed, "国名(英語)", before, after, StoreProfile::country);
        check(changed, "住所(英語)", before, after, StoreProfile::englishAddress);
        return changed;
    }

    private static void check(List<String> changed, String label, StoreProfile before, StoreProfile after,
                              Function<StoreProfile, String> field) {
        if (!Objects.equals(field.apply(before), field.apply(after))) {
            changed.add(label);
        }
    }
}
