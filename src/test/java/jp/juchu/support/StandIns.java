package jp.juchu.support;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The stand-ins for everything outside the app, one of each for the whole test JVM: WireMock for the mall and
 * 後払い HTTP APIs and GreenMail for SMTP. {@link StandInsContextCustomizerFactory} points every test context at
 * them with the same properties, so all integration tests share one cached context (and its job workers) and
 * the MariaDB suite never has two contexts with different views of the outside world polling the same jobs.
 * Tests keep apart by unique data: a shop's own credentials in stub matchers, unique recipient addresses.
 */
public final class StandIns {

    public static final WireMockServer HTTP = startHttp();
    public static final GreenMail SMTP = startSmtp();

    private StandIns() {
    }

    /** The properties every test context gets. */
    static Map<String, Object> properties() {
        String base = "http://127.0.0.1:" + HTTP.port();
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("juchu.mall.rakuten.base-url", base);
        properties.put("juchu.mall.rakuten.backoff", "5ms");
        properties.put("juchu.mall.rakuten.max-backoff", "20ms");
        properties.put("juchu.mall.rakuten.max-attempts", "3");
        properties.put("juchu.mall.rakuten.read-timeout", "5s");
        properties.put("juchu.mall.yahoo.base-url", base + "/yahoo");
        properties.put("juchu.mall.yahoo.auth-url", base + "/yauth");
        properties.put("juchu.mall.yahoo.read-timeout", "5s");
        properties.put("juchu.mall.amazon.base-url", base + "/amazon");
        properties.put("juchu.mall.amazon.lwa-url", base + "/lwa");
        properties.put("juchu.mall.amazon.read-timeout", "5s");
        properties.put("juchu.payment.np-atobarai.base-url", base + "/np");
        properties.put("juchu.payment.np-atobarai.backoff", "5ms");
        properties.put("juchu.payment.np-atobarai.max-backoff", "20ms");
        properties.put("spring.mail.host", "127.0.0.1");
        properties.put("spring.mail.port", SMTP.getSmtp().getPort());
        return properties;
    }

    private static WireMockServer startHttp() {
        WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        return server;
    }

    private static GreenMail startSmtp() {
        GreenMail mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        Runtime.getRuntime().addShutdownHook(new Thread(mail::stop));
        return mail;
    }
}
