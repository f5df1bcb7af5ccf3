package jp.juchu.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CautionCustomerKeysTest {

    static CautionCustomer entry(String name, String postal, String phone, String email) {
        return new CautionCustomer(CautionCustomerKeys.of(name, postal, phone, email), "注意", true, Instant.now());
    }

    static CautionCustomerKeys orderer(String name, String postal, String phone, String email) {
        return CautionCustomerKeys.of(new Contact(name, null, postal, "東京都", null, null, phone), email);
    }

    @Test
    void keysAreNormalised() {
        CautionCustomerKeys keys = CautionCustomerKeys.of(" 山田　太郎 ", "〒１５０－０００２", "090-1234-5678", " Taro@Example.JP ");
        assertThat(keys.nameKey()).isEqualTo("山田太郎");
        assertThat(keys.postalCode()).isEqualTo("1500002");
        assertThat(keys.phone()).isEqualTo("09012345678");
        assertThat(keys.email()).isEqualTo("taro@example.jp");
        assertThat(CautionCustomerKeys.of(" ", null, "", null).name()).isNull();
    }

    @Test
    void matchesByPhoneByEmailOrByNameAndPostalCodeTogether() {
        assertThat(entry(null, null, "09012345678", null).matchedBy(orderer("誰か", "100-0001", "090-1234-5678", null)))
                .isEqualTo("電話番号 09012345678");
        assertThat(entry(null, null, null, "a@b.jp").matchedBy(orderer("誰か", null, null, "A@B.JP"))).isEqualTo("メールアドレス a@b.jp");
        CautionCustomer byName = entry("山田 太郎", "150-0002", null, null);
        assertThat(byName.matchedBy(orderer("山田\u3000太郎", "150-0002", "0312345678", null))).isEqualTo("氏名・郵便番号 山田 太郎 / 150-0002");
        assertThat(byName.matchedBy(orderer("山田\u3000太郎", "150-0003", null, null))).isNull();
        assertThat(byName.matchedBy(orderer("山田\u3000花子", "150-0002", null, null))).isNull();
    }
}
