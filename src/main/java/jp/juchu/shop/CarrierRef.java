package jp.juchu.shop;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** 配送業者 as other modules see it. */
public record CarrierRef(String code, String name, String trackingUrlTemplate, LabelSoftware labelSoftware) {

    public static final String TRACKING_NUMBER_PLACEHOLDER = "{trackingNumber}";

    /** The public tracking page for a 荷物番号, if the carrier has a tracking-URL template. */
    public Optional<String> trackingUrl(String trackingNumber) {
        if (trackingUrlTemplate == null || trackingUrlTemplate.isBlank() || trackingNumber == null || trackingNumber.isBlank()) {
            return Optional.empty();
        }
        String number = URLEncoder.encode(trackingNumber.strip(), StandardCharsets.UTF_8);
        return Optional.of(trackingUrlTemplate.replace(TRACKING_NUMBER_PLACEHOLDER, number));
    }
}
