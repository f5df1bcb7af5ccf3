package jp.juchu.shop;

import java.util.List;

/** One row of a shop's mapping column: our method code and the names the mall uses for it. */
public record NameMapping(String methodCode, List<String> mallNames) {

    public NameMapping {
        mallNames = mallNames == null ? List.of() : List.copyOf(mallNames.stream().map(n -> n == null ? "" : n).toList());
    }
}
