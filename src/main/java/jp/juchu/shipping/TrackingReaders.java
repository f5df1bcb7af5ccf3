package jp.juchu.shipping;

import org.springframework.stereotype.Component;

/** The reader of each {@link TrackingFormat}. */
@Component
class TrackingReaders {

    TrackingFileReader of(TrackingFormat format) {
        throw new UnsupportedOperationException(format.name());
    }
}
