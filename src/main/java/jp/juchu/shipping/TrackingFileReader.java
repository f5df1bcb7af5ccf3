package jp.juchu.shipping;

import java.io.IOException;
import java.io.InputStream;

/** Reads a 出荷確定 file (B2クラウド 発行済データ, e飛伝 出荷履歴, generic). */
public interface TrackingFileReader {

    /**
     * @param options what to do with rows that have no 荷物番号 (see {@link TrackingReadOptions})
     */
    TrackingFile read(InputStream in, TrackingReadOptions options) throws IOException;
}
