package jp.juchu.mall;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class YahooXmlTest {

    @Test
    void shipStatusChangeCarriesStatusCarrierNumbersUrlAndDate() {
        String xml = YahooXml.shipStatusChange("store-10000001", "store", new YahooXml.Ship("1001", "444413758703", "512547514334",
                "https://track.example/?number=444413758703&x=1", LocalDate.of(2025, 5, 7)));

        assertThat(xml).contains("<Req><Target><OrderId>store-10000001</OrderId><IsPointFix>true</IsPointFix></Target>"
                + "<Order><Ship><ShipStatus>3</ShipStatus><ShipCompanyCode>1001</ShipCompanyCode>"
                + "<ShipInvoiceNumber1>444413758703</ShipInvoiceNumber1><ShipInvoiceNumber2>512547514334</ShipInvoiceNumber2>"
                + "<ShipUrl><![CDATA[https://track.example/?number=444413758703&x=1]]></ShipUrl><ShipDate>20250507</ShipDate>"
                + "</Ship></Order><SellerId>store</SellerId></Req>");
    }

    @Test
    void aSecondNumberAndUrlAreLeftOutWhenThereAreNone() {
        String xml = YahooXml.shipStatusChange("store-1", "store", new YahooXml.Ship("1000", "A<1>", null, null, LocalDate.of(2025, 1, 2)));

        assertThat(xml).contains("<ShipInvoiceNumber1>A&lt;1&gt;</ShipInvoiceNumber1><ShipDate>20250102</ShipDate>")
                .doesNotContain("ShipInvoiceNumber2").doesNotContain("ShipUrl");
    }

    @Test
    void completionSetsOrderStatusFiveWithPointsFixed() {
        assertThat(YahooXml.completion("store-1", "store")).contains("<Req><Target><OrderId>store-1</OrderId><IsPointFix>true</IsPointFix>"
                + "</Target><Order><OrderStatus>5</OrderStatus></Order><SellerId>store</SellerId></Req>");
    }

    @Test
    void anOkAnswerExposesTheOrdersFields() {
        YahooXml.Answer answer = YahooXml.read("<?xml version=\"1.0\" encoding=\"UTF-8\"?><ResultSet totalResultsAvailable=\"1\">"
                + "<Result><Status>OK</Status><OrderInfo><OrderId>store-1</OrderId><OrderStatus>2</OrderStatus>"
                + "<Ship><ShipStatus>3</ShipStatus><ShipInvoiceNumber1>444413758703</ShipInvoiceNumber1></Ship></OrderInfo>"
                + "</Result></ResultSet>");

        assertThat(answer.ok()).isTrue();
        assertThat(answer.field("OrderStatus")).contains("2");
        assertThat(answer.field("ShipStatus")).contains("3");
        assertThat(answer.field("ShipInvoiceNumber1")).contains("444413758703");
        assertThat(answer.field("ShipInvoiceNumber2")).isEmpty();
    }

    @Test
    void anErrorAnswerGivesTheMallsCodeAndMessage() {
        YahooXml.Answer answer = YahooXml.read("<Error><Message>注文IDが不正です</Message><Code>od00003</Code></Error>");

        assertThat(answer.ok()).isFalse();
        assertThat(answer.error()).isEqualTo("[od00003] 注文IDが不正です");
    }

    @Test
    void aResultThatIsNotOkIsNoSuccessAndNonXmlIsNeither() {
        assertThat(YahooXml.read("<ResultSet><Result><Status>NG</Status></Result></ResultSet>").ok()).isFalse();
        assertThat(YahooXml.read("<html>maintenance</html>").ok()).isFalse();
        assertThat(YahooXml.read("not xml").ok()).isFalse();
        assertThat(YahooXml.read("").ok()).isFalse();
    }

    @Test
    void documentTypeDeclarationsAreRefused() {
        YahooXml.Answer answer = YahooXml.read("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<ResultSet><Result><Status>OK</Status><OrderStatus>&x;</OrderStatus></Result></ResultSet>");

        assertThat(answer.ok()).isFalse();
        assertThat(answer.fields()).isEmpty();
    }
}
