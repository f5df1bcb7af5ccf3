package jp.juchu.shipping;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** Writes 送り状 in one layout (a carrier's import layout or a user template), header first. */
public interface LabelFileWriter {

    /** The file name extension without the dot (csv, txt). */
    default String extension() {
        return "csv";
    }

    /** Why this layout cannot take the label (e.g. 代引のネコポス), in Japanese; empty when it can. */
    default java.util.Optional<String> problem(ShippingLabel label) {
        return java.util.Optional.empty();
    }

    void write(List<ShippingLabel> labels, ExportOptions options, OutputStream out) throws IOException;
}
