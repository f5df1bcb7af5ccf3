package jp.juchu.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;

/** Golden files under src/test/resources/shipping: Windows-31J, CRLF, compared byte for byte. */
final class GoldenFile {

    private GoldenFile() {
    }

    static byte[] bytes(String name) throws IOException {
        try (InputStream in = GoldenFile.class.getResourceAsStream("/shipping/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    /** Compares the decoded lines first (a readable diff), then the bytes. */
    static void assertMatches(byte[] actual, String name) throws IOException {
        byte[] expected = bytes(name);
        assertThat(new String(actual, CarrierText.WINDOWS_31J).split("\r\n", -1))
                .as(name).containsExactly(new String(expected, CarrierText.WINDOWS_31J).split("\r\n", -1));
        assertThat(actual).as(name).isEqualTo(expected);
    }
}
