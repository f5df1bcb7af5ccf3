package jp.juchu.mall;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** A response body reduced to its {@code MessageModelList} (used for error responses). */
@JsonIgnoreProperties(ignoreUnknown = true)
record RakutenApiMessages(@JsonProperty("MessageModelList") List<RakutenMessage> messages) {

    RakutenApiMessages {
        messages = messages == null ? List.of() : List.copyOf(messages);
    }

    List<RakutenMessage> errors() {
        return messages.stream().filter(RakutenMessage::isError).toList();
    }
}
