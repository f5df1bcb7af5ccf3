package jp.juchu.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import jp.juchu.core.InvalidInputException;
import jp.juchu.shop.ServiceType;
import org.junit.jupiter.api.Test;

class NpCodesTest {

    static NpAtobaraiApi.Result result(String code, List<String> hold, List<String> ng) {
        return new NpAtobaraiApi.Result("12345678901", "JC1", code, hold, ng);
    }

    @Test
    void mapsTheAuthorisationResultCodes() {
        assertThat(NpCodes.credit(result("00", null, null))).isEqualTo(new NpCodes.Credit(CreditResult.OK, null));

        NpCodes.Credit hold = NpCodes.credit(result("10", List.of("RE009", "RE023"), null));
        assertThat(hold.result()).isEqualTo(CreditResult.PENDING);
        assertThat(hold.reason()).contains("保留").contains("購入者の住所情報が不足しています").contains("RE009")
                .contains("配送先の電話番号に誤りがあります").contains("RE023");

        NpCodes.Credit ng = NpCodes.credit(result("20", null, List.of("RE001")));
        assertThat(ng.result()).isEqualTo(CreditResult.NG);
        assertThat(ng.reason()).contains("金額超過").contains("RE001");

        NpCodes.Credit beforeReview = NpCodes.credit(result("40", null, null));
        assertThat(beforeReview.result()).isNull();
        assertThat(beforeReview.reason()).contains("審査前");

        assertThatThrownBy(() -> NpCodes.credit(result("99", null, null))).isInstanceOf(DeferredProviderUnavailable.class)
                .hasMessageContaining("99");
    }

    @Test
    void unknownReasonAndErrorCodesStayVisible() {
        assertThat(NpCodes.credit(result("10", List.of("RE777"), null)).reason()).contains("理由コード RE777");
        assertThat(NpCodes.errors(List.of("E0100083", "E9999999"))).isEqualTo(
                "配送先の郵便番号と住所が一致しません（E0100083）／エラーコード E9999999（E9999999）");
    }

    @Test
    void mapsOurCarrierCodesToNpCompanyCodes() {
        assertThat(NpCodes.pdCompanyCode("YAMATO")).isEqualTo("59010");
        assertThat(NpCodes.pdCompanyCode("sagawa")).isEqualTo("50000");
        assertThat(NpCodes.pdCompanyCode("JAPANPOST")).isEqualTo("59041");
        assertThat(NpCodes.pdCompanyCode("59043")).isEqualTo("59043");
        assertThatThrownBy(() -> NpCodes.pdCompanyCode("PIGEON")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("PIGEON");
    }

    @Test
    void aParcelsCompanyCodeDependsOnTheServiceAndWhetherItsNumberIsTrackable() {
        assertThat(NpCodes.pdCompanyCode("YAMATO", ServiceType.TAKKYUBIN, "4012-3450-1371")).isEqualTo("59010");
        assertThat(NpCodes.pdCompanyCode("SAGAWA", ServiceType.HIKYAKU, "401234501371")).isEqualTo("50000");
        assertThat(NpCodes.pdCompanyCode("SEINO", null, "4012345013")).isEqualTo("59030");
        assertThat(NpCodes.pdCompanyCode("FUKUYAMA", null, "4012345013")).isEqualTo("59060");
        assertThat(NpCodes.pdCompanyCode("JAPANPOST", ServiceType.YUPACK, "401234501371")).isEqualTo("59041");
        assertThat(NpCodes.pdCompanyCode("JAPANPOST", null, "401234501371")).isEqualTo("59041");
        assertThat(NpCodes.pdCompanyCode("JAPANPOST", ServiceType.YUPACKET, "401234501371")).isEqualTo("59043");
        assertThat(NpCodes.pdCompanyCode("JAPANPOST", ServiceType.CLICKPOST, "401234501371")).isEqualTo("59043");
        assertThat(NpCodes.pdCompanyCode("YAMATO", ServiceType.YUPACKET, "401234501371")).isEqualTo("59010");
        assertThat(NpCodes.pdCompanyCode("OTHER", null, "401234501371")).isEqualTo("55555");
        assertThat(NpCodes.pdCompanyCode("YAMATO", ServiceType.NEKOPOS, "メール便")).isEqualTo("55555");
        assertThat(NpCodes.pdCompanyCode("JAPANPOST", ServiceType.YUMAIL, "追跡なし")).isEqualTo("55555");
    }
}
