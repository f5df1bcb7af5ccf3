package jp.juchu.shop;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Reads and replaces one shop's column of a mapping grid. Callers validate and own the transaction. */
@Component
class NameMappingStore {

    private final MethodNameMappingRepository mappings;

    NameMappingStore(MethodNameMappingRepository mappings) {
        this.mappings = mappings;
    }

    /** method code → mall names, in the order they were entered. */
    Map<String, List<String>> load(long shopId, MappingKind kind) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        for (MethodNameMapping mapping : mappings.findByShopIdAndKindOrderBySortOrderAscIdAsc(shopId, kind)) {
            result.computeIfAbsent(mapping.getMethodCode(), c -> new ArrayList<>()).add(mapping.getMallName());
        }
        return result;
    }

    /** @return false (and nothing written) when the shop already has exactly these names */
    boolean replace(long shopId, MappingKind kind, Map<String, List<String>> column) {
        if (load(shopId, kind).equals(column)) {
            return false;
        }
        mappings.deleteByShopAndKind(shopId, kind);
        int order = 0;
        List<MethodNameMapping> rows = new ArrayList<>();
        for (Map.Entry<String, List<String>> entry : column.entrySet()) {
            for (String name : entry.getValue()) {
                rows.add(new MethodNameMapping(shopId, kind, entry.getKey(), name, order++));
            }
        }
        mappings.saveAll(rows);
        return true;
    }

    List<Long> shopsUsing(MappingKind kind, String methodCode) {
        return mappings.findByKindAndMethodCode(kind, methodCode).stream().map(MethodNameMapping::getShopId).distinct().toList();
    }

    /** Human-readable column for the operation log, e.g. {@code ヤマト宅急便=宅配便、宅急便 / ネコポス=メール便}. */
    static String describe(Map<String, List<String>> column, Map<String, String> methodNames) {
        if (column.isEmpty()) {
            return "(対応なし)";
        }
        return column.entrySet().stream()
                .map(e -> methodNames.getOrDefault(e.getKey(), e.getKey()) + "=" + String.join("、", e.getValue()))
                .collect(Collectors.joining(" / "));
    }
}
