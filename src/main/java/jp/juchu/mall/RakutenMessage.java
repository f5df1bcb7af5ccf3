package jp.juchu.mall;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One entry of {@code MessageModelList}: messageType INFO | WARNING | ERROR. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RakutenMessage(String messageType, String messageCode, String message, String orderNumber) {

    public boolean isError() {
        return "ERROR".equalsIgnoreCase(messageType);
    }

    @Override
    public String toString() {
        return "[" + messageCode + "] " + message + (orderNumber == null ? "" : "（" + orderNumber + "）");
    }
}
