package jp.juchu.shipping;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** 文字コード of a user template's file. */
public enum TemplateEncoding {
    WINDOWS_31J("Shift_JIS (Windows-31J)", Charset.forName("Windows-31J"), false),
    UTF_8("UTF-8", StandardCharsets.UTF_8, false),
    UTF_8_BOM("UTF-8 (BOM付き)", StandardCharsets.UTF_8, true);

    private final String label;
    private final Charset charset;
    private final boolean bom;

    TemplateEncoding(String label, Charset charset, boolean bom) {
        this.label = label;
        this.charset = charset;
        this.bom = bom;
    }

    public String label() {
        return label;
    }

    public Charset charset() {
        return charset;
    }

    /** Whether the file starts with the byte order mark EF BB BF (Excel opens UTF-8 CSVs correctly only with it). */
    public boolean bom() {
        return bom;
    }
}
