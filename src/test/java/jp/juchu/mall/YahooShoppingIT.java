package jp.juchu.mall;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.juchu.support.IntegrationTest;
import jp.juchu.support.StandIns;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Yahoo!ショッピング through {@link MallShipments} against WireMock under /yahoo (Shopping API) and /yauth (YConnect):
 * XML bodies, the bearer token and its cache, the refresh after a 401, the orderInfo check and error mapping.
 */
@IntegrationTest
class YahooShoppingIT {

    private static final WireMockServer HTTP = StandIns.HTTP;
    private static final String TOKEN = "/yauth/yconnect/v2/token";
    private static final String INFO = "/yahoo/orderInfo";
    private static final String SHIP = "/yahoo/orderShipStatusChange";
    private static final String STATUS = "/yahoo/orderStatusChange";
    private static final String OK = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ResultSet totalResultsAvailable=\"1\">"
            + "<Result><Status>OK</Status></Result></ResultSet>";

    @LocalServerPort
    int port;

    @Autowired
    MallShipments malls;

    private final List<StubMapping> stubs = new ArrayList<>();
    private String shop;
    private String clientId;
    private String sellerId;
    private String accessToken;

    @BeforeEach
    void shop() {
        String suffix = MallTestShops.unique();
        clientId = "yclient-" + suffix;
        sellerId = "store" + suffix;
        accessToken = "yaccess-" + suffix;
        Map<String, Object> credentials = new LinkedHashMap<>();
        credentials.put("clientId", clientId);
        credentials.put("clientSecret", "ysecret-" + suffix);
        credentials.put("refreshToken", "yrefresh-" + suffix);
        credentials.put("sellerId", sellerId);
        shop = MallTestShops.create(port, "YAHOO", credentials);
    }

    @AfterEach
    void removeStubs() {
        stubs.forEach(HTTP::removeStub);
    }

    @Test
    void trackingGoesAsShipStatusThreeWithTheBearerTokenAndTheTokenIsGrantedOnce() {
        token(okJson(grant(accessToken)));
        stub(INFO, accessToken, xml(orderInfo("2", "1", null)));
        stub(SHIP, accessToken, xml(OK));
        stub(STATUS, accessToken, xml(OK));
        String orderId = sellerId + "-10000001";

        assertThat(malls.linkOf(shop)).isEqualTo(TrackingLink.API);
        PushResult pushed = malls.pushTracking(shop, new TrackingNotice(orderId, List.of(new TrackingNotice.ShipmentNotice(null, "YAMATO",
                "ヤマト運輸", List.of("444413758703", "512547514334", "405548424886"), LocalDate.of(2026, 12, 1),
                "https://track.example/?n=444413758703"))));
        CompletionResult completed = malls.complete(shop, orderId);

        assertThat(pushed.sent()).containsExactly("444413758703", "512547514334");
        assertThat(pushed.notSent()).containsExactly("405548424886");
        assertThat(pushed.description()).contains("2個まで");
        LoggedRequest ship = single(SHIP);
        assertThat(ship.getHeader("Authorization")).isEqualTo("Bearer " + accessToken);
        assertThat(ship.getHeader("Content-Type")).startsWith("application/xml");
        assertThat(ship.getBodyAsString()).contains("<OrderId>" + orderId + "</OrderId><IsPointFix>true</IsPointFix>")
                .contains("<ShipStatus>3</ShipStatus><ShipCompanyCode>1001</ShipCompanyCode>")
                .contains("<ShipInvoiceNumber1>444413758703</ShipInvoiceNumber1><ShipInvoiceNumber2>512547514334</ShipInvoiceNumber2>")
                .contains("<ShipUrl><![CDATA[https://track.example/?n=444413758703]]></ShipUrl><ShipDate>20261201</ShipDate>")
                .contains("<SellerId>" + sellerId + "</SellerId>");
        assertThat(completed.changed()).isTrue();
        assertThat(completed.description()).contains("完了で決済（ポイント・カード請求）が確定します");
        assertThat(single(STATUS).getBodyAsString()).contains("<Order><OrderStatus>5</OrderStatus></Order>")
                .contains("<IsPointFix>true</IsPointFix>");
        LoggedRequest grant = single(TOKEN);
        assertThat(grant.getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded");
        assertThat(grant.getBodyAsString()).contains("grant_type=refresh_token").contains("client_secret=ysecret-")
                .contains("refresh_token=yrefresh-");
        assertThat(requests(INFO)).as("orderInfo before each change").hasSize(2);
    }

    @Test
    void whatYahooAlreadyShowsIsNotSentAgain() {
        token(okJson(grant(accessToken)));
        stub(INFO, accessToken, xml(orderInfo("5", "3", "444413758703")));
        stub(SHIP, accessToken, xml(OK));
        stub(STATUS, accessToken, xml(OK));
        String orderId = sellerId + "-10000002";

        PushResult pushed = malls.pushTracking(shop, notice(orderId, "444413758703"));
        CompletionResult completed = malls.complete(shop, orderId);

        assertThat(pushed.sent()).isEmpty();
        assertThat(pushed.alreadyThere()).containsExactly("444413758703");
        assertThat(completed.changed()).isFalse();
        assertThat(completed.description()).contains("既に「完了」");
        assertThat(requests(SHIP)).isEmpty();
        assertThat(requests(STATUS)).isEmpty();
    }

    @Test
    void aRefusedTokenIsReplacedOnceAfterA401() {
        String stale = accessToken + "-stale";
        String scenario = "yahoo-token-" + clientId;
        stubs.add(HTTP.stubFor(post(urlEqualTo(TOKEN)).withRequestBody(containing("client_id=" + clientId)).inScenario(scenario)
                .whenScenarioStateIs(Scenario.STARTED).willReturn(okJson(grant(stale))).willSetStateTo("renewed")));
        stubs.add(HTTP.stubFor(post(urlEqualTo(TOKEN)).withRequestBody(containing("client_id=" + clientId)).inScenario(scenario)
                .whenScenarioStateIs("renewed").willReturn(okJson(grant(accessToken)))));
        stub(INFO, stale, aResponse().withStatus(401).withBody("<Error><Message>Invalid token</Message><Code>px-04102</Code></Error>"));
        stub(INFO, accessToken, xml(orderInfo("2", "1", null)));
        stub(STATUS, accessToken, xml(OK));

        CompletionResult completed = malls.complete(shop, sellerId + "-10000003");

        assertThat(completed.changed()).isTrue();
        assertThat(requests(TOKEN)).hasSize(2);
        assertThat(single(STATUS).getHeader("Authorization")).isEqualTo("Bearer " + accessToken);
    }

    @Test
    void aRefusalIsFinalAndCarriesYahoosMessageWhileAServerErrorMayBeRetried() {
        token(okJson(grant(accessToken)));
        stub(INFO, accessToken, xml(orderInfo("2", "1", null)));
        stub(SHIP, accessToken, aResponse().withStatus(400).withHeader("Content-Type", "application/xml")
                .withBody("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Message>配送会社コードが不正です</Message><Code>od83007</Code></Error>"));
        stub(STATUS, accessToken, aResponse().withStatus(500));

        assertThatThrownBy(() -> malls.pushTracking(shop, notice(sellerId + "-10000004", "444413758703")))
                .isInstanceOfSatisfying(MallApiException.class, e -> {
                    assertThat(e.kind()).isEqualTo(MallApiException.Kind.REJECTED);
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.httpStatus()).isEqualTo(400);
                })
                .hasMessageContaining("[od83007] 配送会社コードが不正です").hasMessageNotContaining(accessToken);
        assertThatThrownBy(() -> malls.complete(shop, sellerId + "-10000004"))
                .isInstanceOfSatisfying(MallApiException.class, e -> {
                    assertThat(e.kind()).isEqualTo(MallApiException.Kind.SERVER_ERROR);
                    assertThat(e.retryable()).isTrue();
                });
    }

    @Test
    void anNgResultInAnOkResponseIsARefusal() {
        token(okJson(grant(accessToken)));
        stub(INFO, accessToken, xml(orderInfo("2", "1", null)));
        stub(STATUS, accessToken, xml("<ResultSet><Result><Status>NG</Status><Error><Code>od00005</Code>"
                + "<Message>出荷ステータスが出荷済みではありません</Message></Error></Result></ResultSet>"));

        assertThatThrownBy(() -> malls.complete(shop, sellerId + "-10000005"))
                .isInstanceOfSatisfying(MallApiException.class, e -> assertThat(e.retryable()).isFalse())
                .hasMessageContaining("出荷ステータスが出荷済みではありません");
    }

    @Test
    void anExpiredRefreshTokenIsAnAuthenticationFailureWithoutRetry() {
        token(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"invalid_grant\",\"error_description\":\"refresh token is expired\"}"));

        assertThatThrownBy(() -> malls.complete(shop, sellerId + "-10000006"))
                .isInstanceOfSatisfying(MallApiException.class, e -> {
                    assertThat(e.kind()).isEqualTo(MallApiException.Kind.AUTHENTICATION);
                    assertThat(e.retryable()).isFalse();
                })
                .hasMessageContaining("invalid_grant").hasMessageContaining("リフレッシュトークン")
                .hasMessageNotContaining("yrefresh-");
        assertThat(requests(INFO)).isEmpty();
    }

    @Test
    void aYahooShopWithoutCredentialsLinksByFileAndIsCompletedByHand() {
        String manual = MallTestShops.create(port, "YAHOO", Map.of());

        assertThat(malls.linkOf(manual)).isEqualTo(TrackingLink.CSV);
        assertThat(malls.complete(manual, "x-1").description()).contains("ストアクリエイターPro");
        assertThatThrownBy(() -> malls.pushTracking(manual, notice("x-1", "444413758703")))
                .isInstanceOfSatisfying(MallApiException.class,
                        e -> assertThat(e.kind()).isEqualTo(MallApiException.Kind.NOT_CONFIGURED));
    }

    private static TrackingNotice notice(String orderId, String number) {
        return new TrackingNotice(orderId, List.of(new TrackingNotice.ShipmentNotice(null, "YAMATO", "ヤマト運輸", List.of(number),
                LocalDate.of(2026, 12, 1), null)));
    }

    private static String orderInfo(String orderStatus, String shipStatus, String invoice1) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ResultSet totalResultsAvailable=\"1\"><Result><Status>OK</Status><OrderInfo>"
                + "<OrderId>x</OrderId><OrderStatus>" + orderStatus + "</OrderStatus><Ship><ShipStatus>" + shipStatus + "</ShipStatus>"
                + (invoice1 == null ? "" : "<ShipInvoiceNumber1>" + invoice1 + "</ShipInvoiceNumber1>")
                + "</Ship></OrderInfo></Result></ResultSet>";
    }

    private static String grant(String token) {
        return "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}";
    }

    private static ResponseDefinitionBuilder xml(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/xml; charset=UTF-8").withBody(body);
    }

    private void token(ResponseDefinitionBuilder response) {
        stubs.add(HTTP.stubFor(post(urlEqualTo(TOKEN)).withRequestBody(containing("client_id=" + clientId)).willReturn(response)));
    }

    private void stub(String path, String token, ResponseDefinitionBuilder response) {
        stubs.add(HTTP.stubFor(post(urlEqualTo(path)).withHeader("Authorization", equalTo("Bearer " + token))
                .withRequestBody(containing("<SellerId>" + sellerId + "</SellerId>")).willReturn(response)));
    }

    private List<LoggedRequest> requests(String path) {
        if (TOKEN.equals(path)) {
            return HTTP.findAll(postRequestedFor(urlEqualTo(path)).withRequestBody(containing("client_id=" + clientId)));
        }
        return HTTP.findAll(postRequestedFor(urlEqualTo(path)).withRequestBody(containing("<SellerId>" + sellerId + "</SellerId>")));
    }

    private LoggedRequest single(String path) {
        List<LoggedRequest> found = requests(path);
        assertThat(found).as(path).hasSize(1);
        return found.get(0);
    }
}
