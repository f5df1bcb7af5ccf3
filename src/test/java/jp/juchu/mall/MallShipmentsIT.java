package jp.juchu.mall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import jp.juchu.core.NotFoundException;
import jp.juchu.support.IntegrationTest;
import jp.juchu.support.RakutenApiStub;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** How each kind of shop links 荷物番号 and what completion means for it. */
@IntegrationTest
class MallShipmentsIT extends RakutenApiStub {

    @LocalServerPort
    int port;

    @Autowired
    MallShipments malls;

    @Test
    void apiOnlyForTheThreeMallsWithCredentialsUploadFilesForTheOthersThatHaveOneAndNothingElse() {
        String rakutenApi = createRakutenShop(port, null, false).code();
        String rakutenFile = MallTestShops.create(port, "RAKUTEN", Map.of());
        String amazonFile = MallTestShops.create(port, "AMAZON", Map.of());
        String aupay = MallTestShops.create(port, "AUPAY", Map.of());
        String makeshop = MallTestShops.create(port, "MAKESHOP", Map.of("token", "mstoken-" + MallTestShops.unique()));
        String qoo10 = MallTestShops.create(port, "QOO10", Map.of());

        assertThat(List.of(rakutenApi, rakutenFile, amazonFile, aupay, makeshop, qoo10).stream().map(malls::linkOf))
                .containsExactly(TrackingLink.API, TrackingLink.CSV, TrackingLink.CSV, TrackingLink.CSV, TrackingLink.NONE, TrackingLink.NONE);
        assertThatThrownBy(() -> malls.linkOf("no-such-shop-" + MallTestShops.unique())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void completionChangesNothingForRakutenAmazonByFileAndOtherMalls() {
        String rakuten = createRakutenShop(port, null, false).code();
        String amazonFile = MallTestShops.create(port, "AMAZON", Map.of());
        String makeshop = MallTestShops.create(port, "MAKESHOP", Map.of());

        CompletionResult rakutenDone = malls.complete(rakuten, "1-2-3");
        assertThat(rakutenDone.changed()).isFalse();
        assertThat(rakutenDone.description()).contains("発送日の翌日").contains("発送済");
        assertThat(malls.complete(amazonFile, "249-1234567-1234567").description()).contains("出荷通知ファイル");
        assertThat(malls.complete(makeshop, "M-1").description()).contains("MakeShop").contains("管理画面");
    }
}
