package jp.juchu.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Bundled first-three-digits → prefecture table (resource {@code postal-prefix-prefecture.txt}).
 * Compact by design: it answers "can this postal code belong to this prefecture?", not "which town is
 * it" (that needs Japan Post's KEN_ALL, loaded separately).
 */
final class PostalPrefixTable {

    private static final List<List<Prefecture>> BY_PREFIX = load();

    private PostalPrefixTable() {
    }

    /** The prefectures served by the three-digit prefix {@code 0..999}; empty when none is known. */
    static List<Prefecture> prefecturesOf(int prefix) {
        return prefix < 0 || prefix > 999 ? List.of() : BY_PREFIX.get(prefix);
    }

    private static List<List<Prefecture>> load() {
        List<List<Prefecture>> table = new ArrayList<>(1000);
        for (int i = 0; i < 1000; i++) {
            table.add(List.of());
        }
        try (InputStream in = PostalPrefixTable.class.getResourceAsStream("postal-prefix-prefecture.txt")) {
            if (in == null) {
                throw new IllegalStateException("postal-prefix-prefecture.txt is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    apply(table, line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return table;
    }

    private static void apply(List<List<Prefecture>> table, String line) {
        String[] rangeAndNames = line.split("=", 2);
        String[] bounds = rangeAndNames[0].split("-");
        int from = Integer.parseInt(bounds[0]);
        int to = Integer.parseInt(bounds[bounds.length - 1]);
        List<Prefecture> prefectures = new ArrayList<>();
        for (String name : rangeAndNames[1].split(",")) {
            prefectures.add(Prefecture.fromName(name)
                    .orElseThrow(() -> new IllegalStateException("unknown prefecture in postal table: " + name)));
        }
        for (int prefix = from; prefix <= to; prefix++) {
            table.set(prefix, List.copyOf(prefectures));
        }
    }
}
