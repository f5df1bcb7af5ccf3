package jp.juchu.order;

import static jp.juchu.order.CautionCustomerKeysTest.orderer;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

class CautionCustomerIndexTest {

    static CautionCustomer entry(long id, String name, String postal, String phone, String email) {
        CautionCustomer entry = CautionCustomerKeysTest.entry(name, postal, phone, email);
        ReflectionTestUtils.setField(entry, "id", id);
        return entry;
    }

    @Test
    void findsEntriesByEachKeyNewestFirstAndEachOnce() {
        CautionCustomer byPhone = entry(1, null, null, "09012345678", null);
        CautionCustomer byEmail = entry(2, null, null, null, "taro@example.jp");
        CautionCustomer byNameAndPostal = entry(3, "山田 太郎", "150-0002", null, null);
        CautionCustomer byAll = entry(4, "山田 太郎", "150-0002", "09012345678", "taro@example.jp");
        CautionCustomerIndex index = new CautionCustomerIndex(List.of(byAll, byNameAndPostal, byEmail, byPhone));

        assertThat(index.candidates(orderer("山田\u3000太郎", "150-0002", "090-1234-5678", "Taro@Example.JP")))
                .containsExactly(byAll, byNameAndPostal, byEmail, byPhone);
        assertThat(index.candidates(orderer("誰か", "100-0001", "090-1234-5678", null))).containsExactly(byAll, byPhone);
        assertThat(index.candidates(orderer("誰か", null, null, "TARO@example.jp"))).containsExactly(byAll, byEmail);
    }

    @Test
    void aNameMatchesOnlyTogetherWithItsPostalCode() {
        CautionCustomer byNameAndPostal = entry(3, "山田 太郎", "150-0002", null, null);
        CautionCustomerIndex index = new CautionCustomerIndex(List.of(byNameAndPostal));

        assertThat(index.candidates(orderer("山田 太郎", "150-0003", null, null))).isEmpty();
        assertThat(index.candidates(orderer("山田 花子", "150-0002", null, null))).isEmpty();
        assertThat(index.candidates(orderer("山田 太郎", null, "0312345678", null))).isEmpty();
        assertThat(new CautionCustomerIndex(List.of()).candidates(orderer("山田 太郎", "150-0002", "0312345678", "a@b.jp"))).isEmpty();
    }
}
