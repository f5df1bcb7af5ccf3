package jp.juchu.shipping;

import org.springframework.stereotype.Component;

/** The reader of each {@link TrackingFormat}. */
@Component
class TrackingReaders {

    TrackingFileReader of(TrackingFormat format) {
        return switch (format) {
            case B2 -> new B2ResultReader();
            case EHIDEN -> new EhidenResultReader();
            case GENERIC -> new GenericTrackingReader();
        };
    }
}
