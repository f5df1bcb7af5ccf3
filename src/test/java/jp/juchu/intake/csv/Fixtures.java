package jp.juchu.intake.csv;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.Charset;

final class Fixtures {

    static final Charset WINDOWS_31J = Charset.forName("Windows-31J");

    private Fixtures() {
    }

    static InputStream mall(String name) {
        InputStream in = Fixtures.class.getResourceAsStream("/fixtures/mall/" + name);
        if (in == null) {
            throw new IllegalStateException("missing fixture " + name);
        }
        return in;
    }

    static InputStream cp932(String text) {
        return new ByteArrayInputStream(text.getBytes(WINDOWS_31J));
    }

    static InputStream bytes(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }
}
