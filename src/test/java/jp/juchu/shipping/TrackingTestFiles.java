package jp.juchu.shipping;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** Test input for the tracking readers: fixtures and hand-written files in the encodings shops send. */
final class TrackingTestFiles {

    static final Charset WINDOWS_31J = Charset.forName("Windows-31J");

    private TrackingTestFiles() {
    }

    static byte[] resource(String name) {
        try (InputStream in = TrackingTestFiles.class.getResourceAsStream("/shipping/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource /shipping/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String resourceText(String name) {
        return new String(resource(name), WINDOWS_31J);
    }

    /** Lines joined with CRLF (and a final CRLF), encoded as Windows-31J. */
    static InputStream cp932(String... lines) {
        return new ByteArrayInputStream((String.join("\r\n", lines) + "\r\n").getBytes(WINDOWS_31J));
    }

    static InputStream cp932Text(String text) {
        return new ByteArrayInputStream(text.getBytes(WINDOWS_31J));
    }

    static InputStream utf8(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    static InputStream utf8WithBom(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        return new ByteArrayInputStream(bytes);
    }
}
