package jp.juchu.shipping;

import java.util.ArrayList;
import java.util.List;
import jp.juchu.core.InvalidInputException;
import org.springframework.stereotype.Component;

/** Resolves a 配送伝票 format id (B2, EHIDEN, YUPRI, TEMPLATE:&lt;id&gt;). */
@Component
class LabelFormats {

    static final String TEMPLATE_PREFIX = "TEMPLATE:";

    LabelFormat resolve(String id) {
        String format = id == null ? "" : id.strip();
        throw new InvalidInputException("format", "配送伝票「" + format + "」はありません (B2, EHIDEN, YUPRI, TEMPLATE:<id>)");
    }

    /** Every format for the screens' choice lists. */
    List<LabelFormat> all() {
        return new ArrayList<>();
    }
}
