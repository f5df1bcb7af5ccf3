package jp.juchu.shipping;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What a layout changed in one label to fit the carrier (replaced characters, cut texts, unsupported time slots). */
final class LabelWarnings {

    private final Set<String> messages = new LinkedHashSet<>();

    void add(String message) {
        messages.add(message);
    }

    List<String> list() {
        return List.copyOf(new ArrayList<>(messages));
    }
}
