package jp.juchu.shop;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import jp.juchu.core.PostalCode;
import jp.juchu.core.Prefecture;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Looks up the uploaded 郵便番号データ (KEN_ALL). {@link #loaded()} and the city names per prefecture are
 * kept in memory and refreshed when this application replaces or clears the data; the entries of one
 * postal code are read from the database (indexed) on each call.
 */
@Service
public class PostalDirectory {

    private final JdbcClient jdbc;
    private volatile Snapshot snapshot;

    PostalDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether KEN_ALL data has been uploaded; without it only the bundled prefix table is known. */
    public boolean loaded() {
        return snapshot().count() > 0;
    }

    /** How many entries (postal code × town) are stored. */
    public long count() {
        return snapshot().count();
    }

    /** Every entry of {@code code}; empty when the code is not in the data (or no data is loaded). */
    public List<PostalAddress> find(PostalCode code) {
        if (!loaded()) {
            return List.of();
        }
        return jdbc.sql("SELECT postal_code, prefecture, city, town FROM postal_address WHERE postal_code = :code ORDER BY id")
                .param("code", code.digits())
                .query((rs, n) -> new PostalAddress(rs.getString(1), Prefecture.fromName(rs.getString(2)).orElseThrow(),
                        rs.getString(3), rs.getString(4)))
                .list();
    }

    /** The city names (市区町村名) of {@code prefecture} in the data, longest first (for prefix matching). */
    public List<String> cities(Prefecture prefecture) {
        return snapshot().cities().getOrDefault(prefecture, List.of());
    }

    /** Forgets the cached state; called after the data was replaced or cleared. */
    void refresh() {
        snapshot = null;
    }

    private Snapshot snapshot() {
        Snapshot current = snapshot;
        if (current == null) {
            current = load();
            snapshot = current;
        }
        return current;
    }

    private Snapshot load() {
        long count = jdbc.sql("SELECT COUNT(*) FROM postal_address").query(Long.class).single();
        Map<Prefecture, List<String>> cities = new EnumMap<>(Prefecture.class);
        if (count > 0) {
            jdbc.sql("SELECT DISTINCT prefecture, city FROM postal_address")
                    .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list()
                    .forEach(row -> Prefecture.fromName(row.getKey())
                            .ifPresent(p -> cities.computeIfAbsent(p, k -> new ArrayList<>()).add(row.getValue())));
            cities.values().forEach(list -> list.sort((a, b) -> Integer.compare(b.length(), a.length())));
        }
        return new Snapshot(count, cities);
    }

    private record Snapshot(long count, Map<Prefecture, List<String>> cities) {
    }
}
