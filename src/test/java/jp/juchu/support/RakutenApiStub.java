package jp.juchu.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Base of the ITs that talk to the WireMock stand-in for RMS ({@link StandIns#HTTP}). Every IT creates its own 楽天 shop with unique credentials and matches its stubs on
 * that shop's Authorization header, so tests never see each other's stubs. Retries wait milliseconds.
 */
public abstract class RakutenApiStub {

    protected static final WireMockServer RMS = StandIns.HTTP;
    protected static final String SEARCH = "/es/2.0/order/searchOrder/";
    protected static final String GET = "/es/2.0/order/getOrder/";

    /** A 楽天 shop created through the API, with its credentials and the header RMS must receive. */
    protected record TestShop(String code, String serviceSecret, String licenseKey) {

        public String authorization() {
            return "ESA " + Base64.getEncoder().encodeToString((serviceSecret + ":" + licenseKey).getBytes(StandardCharsets.UTF_8));
        }
    }

    protected static TestShop createRakutenShop(int port, String licenseKeyExpiresOn, boolean intake) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String secret = "SP" + suffix + "_secret";
        String license = "SL" + suffix + "_license";
        Map<String, Object> credentials = new LinkedHashMap<>();
        credentials.put("serviceSecret", secret);
        credentials.put("licenseKey", license);
        credentials.put("licenseKeyExpiresOn", licenseKeyExpiresOn);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("mall", "RAKUTEN");
        body.put("name", "楽天API試験店 " + suffix);
        body.put("shortName", "楽" + suffix.substring(0, 3));
        body.put("credentials", credentials);
        body.put("orderIntakeEnabled", intake);
        body.put("intakeConsent", intake);
        ApiClient.Response created = ApiClient.admin(port).post("/api/shops", body);
        if (created.status() != 201) {
            throw new IllegalStateException("shop not created: " + created.body());
        }
        JsonNode json = created.json();
        return new TestShop(json.path("code").asText(), secret, license);
    }

    /** A unique 6-digit shop number for the 注文番号s of one test. */
    protected static String orderPrefix() {
        return String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
    }

    protected static String json(String name, String prefix) {
        try (InputStream in = RakutenApiStub.class.getResourceAsStream("/wiremock/rakuten/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no stub body " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{{prefix}}", prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
