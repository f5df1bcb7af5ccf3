package jp.juchu.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.juchu.core.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StoreProfileRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"1500001", "150-0001", "１５０－０００１", "１５００００１", "〒150-0001", " 150ー0001 "})
    void normalisesPostalCodes(String typed) {
        assertThat(StoreProfileRules.validated(profile(typed, "03-1234-5678")).postalCode()).isEqualTo("150-0001");
    }

    @ParameterizedTest
    @ValueSource(strings = {"150-001", "15000011", "abc-defg", "150 0001", "1500-001"})
    void rejectsOtherPostalCodes(String typed) {
        assertField(profile(typed, "03-1234-5678"), "postalCode", "郵便番号は7桁の数字");
    }

    @Test
    void normalisesFullWidthPhoneNumbers() {
        StoreProfile saved = StoreProfileRules.validated(profile("150-0001", "０３－１２３４－５６７８"));
        assertThat(saved.phone()).isEqualTo("03-1234-5678");
        assertThat(StoreProfileRules.validated(profile("150-0001", "09012345678")).phone()).isEqualTo("09012345678");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234-5678", "03-1234-567", "03--1234-5678", "03-1234-5678-", "+81-3-1234-5678", "03(1234)5678"})
    void rejectsOtherPhoneNumbers(String typed) {
        assertField(profile("150-0001", typed), "phone", "0から始まる10〜11桁");
    }

    @Test
    void requiresTheSenderData() {
        assertField(new StoreProfile("", "150-0001", "東京都", "", "", "03-1234-5678", "", "", "", "", ""), "companyName", "会社名を入力してください");
        assertField(new StoreProfile("会社", "", "東京都", "", "", "03-1234-5678", "", "", "", "", ""), "postalCode", "郵便番号を入力してください");
        assertField(new StoreProfile("会社", "150-0001", " ", "", "", "03-1234-5678", "", "", "", "", ""), "address1", "住所1");
        assertField(new StoreProfile("会社", "150-0001", "東京都", "", "", "", "", "", "", "", ""), "phone", "電話番号を入力してください");
    }

    @Test
    void checksFaxMailAndTheEnglishBlock() {
        assertField(new StoreProfile("会社", "150-0001", "東京都", "", "", "03-1234-5678", "12", "", "", "", ""), "fax", "FAX番号");
        assertField(new StoreProfile("会社", "150-0001", "東京都", "", "", "03-1234-5678", "", "info@", "", "", ""), "mail", "メールアドレスの形式");
        assertField(new StoreProfile("会社", "150-0001", "東京都", "", "", "03-1234-5678", "", "", "株式会社", "", ""), "englishCompanyName", "半角英数字");
        StoreProfile english = StoreProfileRules.validated(new StoreProfile("会社", "150-0001", "東京都", "", "", "03-1234-5678", "", "",
                "Ｓａｍｐｌｅ Co., Ltd.", "Japan", "1-2-3 Shibuya, Tokyo"));
        assertThat(english.englishCompanyName()).isEqualTo("Sample Co., Ltd.");
    }

    @Test
    void anUnsavedProfileIsEmptyNotNull() {
        StoreProfile empty = StoreProfile.empty();
        assertThat(empty.companyName()).isEmpty();
        assertThat(empty.isComplete()).isFalse();
        assertThat(new StoreProfile(null, null, null, null, null, null, null, null, null, null, null)).isEqualTo(empty);
    }

    private static StoreProfile profile(String postalCode, String phone) {
        return new StoreProfile("株式会社サンプル", postalCode, "東京都渋谷区渋谷", "1-2-3", "", phone, "", "", "", "", "");
    }

    private static void assertField(StoreProfile profile, String field, String message) {
        assertThatThrownBy(() -> StoreProfileRules.validated(profile)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(message)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo(field);
    }
}
