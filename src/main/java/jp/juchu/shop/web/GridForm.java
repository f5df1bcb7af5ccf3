package jp.juchu.shop.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.juchu.shop.MallNames;
import jp.juchu.shop.NameMapping;
import jp.juchu.shop.ShopRef;

/**
 * The mapping grid as an HTML form: one textarea per (method, shop) named {@code cell-<method>-<shop>}
 * holding the mall's names, one per line (or comma separated). Method codes never contain "-".
 */
final class GridForm {

    static final String CELL_PREFIX = "cell-";

    private GridForm() {
    }

    static String cellName(String methodCode, String shopCode) {
        return CELL_PREFIX + methodCode + "-" + shopCode;
    }

    /** shop code → rows, for every shop that has at least one cell in the submitted form. */
    static Map<String, List<NameMapping>> columns(Map<String, String> params) {
        Map<String, Map<String, List<String>>> byShop = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            if (!name.startsWith(CELL_PREFIX)) {
                return;
            }
            String rest = name.substring(CELL_PREFIX.length());
            int dash = rest.indexOf('-');
            if (dash <= 0 || dash == rest.length() - 1) {
                return;
            }
            String method = rest.substring(0, dash);
            String shop = rest.substring(dash + 1);
            byShop.computeIfAbsent(shop, s -> new LinkedHashMap<>()).put(method, MallNames.splitCell(value));
        });
        Map<String, List<NameMapping>> columns = new LinkedHashMap<>();
        byShop.forEach((shop, cells) -> {
            List<NameMapping> rows = new ArrayList<>();
            cells.forEach((method, names) -> rows.add(new NameMapping(method, names)));
            columns.put(shop, rows);
        });
        return columns;
    }

    /** Cell texts for display: cell name → names joined by newlines. */
    static Map<String, String> cells(Map<ShopRef, List<NameMapping>> columns) {
        Map<String, String> cells = new LinkedHashMap<>();
        columns.forEach((shop, rows) -> rows.forEach(row ->
                cells.put(cellName(row.methodCode(), shop.code()), MallNames.joinCell(row.mallNames()))));
        return cells;
    }

    /** The submitted cell texts, to show again after a rejected save. */
    static Map<String, String> submittedCells(Map<String, String> params) {
        Map<String, String> cells = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            if (name.startsWith(CELL_PREFIX)) {
                cells.put(name, value);
            }
        });
        return cells;
    }
}
