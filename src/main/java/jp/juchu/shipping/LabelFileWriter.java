package jp.juchu.shipping;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;

/** Writes 送り状 in one layout (a carrier's import layout or a user template), header first. */
public interface LabelFileWriter {

    /** The file name extension without the dot (csv, txt). */
    default String extension() {
        return "csv";
    }

    void write(List<ShippingLabel> labels, ExportOptions options, OutputStream out) throws IOException;

    /**
     * Why {@code label} cannot be exported in this layout (in Japanese, for the export report), or empty when it
     * can. The export leaves such labels out; {@link #write} expects only labels without a problem.
     */
    default Optional<String> problem(ShippingLabel label) {
        return Optional.empty();
    }

    /**
     * What this layout changes in {@code label} to fit the carrier (replaced characters, texts cut at a byte limit,
     * a time slot the carrier does not have), in Japanese, one message per change; empty when it is printed as
     * stored. Warnings never stop an export.
     */
    default List<String> warnings(ShippingLabel label, ExportOptions options) {
        return List.of();
    }
}
