package jp.juchu.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Bundled table of 離島 postal codes (resource {@code remote-island-postal-codes.txt}, which says where it
 * comes from and what it leaves out): postal code prefixes of 3 to 7 digits whose every address is on an
 * island that carriers serve as 離島. Used for every mall's orders; informational only.
 */
public final class RemoteIslands {

    private static final Map<String, String> AREAS = load();

    private RemoteIslands() {
    }

    /** The island area of {@code code} (e.g. 「東京都 八丈島（八丈町）」), or empty when it is not a listed 離島. */
    public static Optional<String> areaOf(PostalCode code) {
        String digits = code.digits();
        for (int length = 7; length >= 3; length--) {
            String area = AREAS.get(digits.substring(0, length));
            if (area != null) {
                return Optional.of(area);
            }
        }
        return Optional.empty();
    }

    private static Map<String, String> load() {
        Map<String, String> areas = new HashMap<>();
        try (InputStream in = RemoteIslands.class.getResourceAsStream("remote-island-postal-codes.txt")) {
            if (in == null) {
                throw new IllegalStateException("remote-island-postal-codes.txt is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] prefixAndArea = line.strip().split("=", 2);
                if (prefixAndArea.length != 2 || !prefixAndArea[0].matches("\\d{3,7}")) {
                    throw new IllegalStateException("bad line in remote-island-postal-codes.txt: " + line);
                }
                areas.put(prefixAndArea[0], prefixAndArea[1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(areas);
    }
}
