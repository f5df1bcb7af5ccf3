package jp.juchu.shipping;

import java.util.Optional;
import jp.juchu.shop.LabelSoftware;

/** The carrier layout for a shop's label software. */
final class CarrierLayouts {

    private CarrierLayouts() {
    }

    /** B2クラウド, e飛伝 or ゆうパックプリントR; empty for {@link LabelSoftware#NONE}. */
    static Optional<LabelFileWriter> of(LabelSoftware software) {
        return switch (software) {
            case B2CLOUD -> Optional.of(new B2CloudLayout());
            case EHIDEN -> Optional.of(new EhidenLayout());
            case YUPACKPRINT -> Optional.of(new YupackPrintLayout());
            case NONE -> Optional.empty();
        };
    }
}
