package jp.juchu.shop;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Validates one shop's column of a mapping grid: every method code must exist, names are trimmed and
 * at most 100 characters, one mall name (after {@link MallNames#normalize}) may point to one method only.
 * Rows for the same method are merged and repeated names dropped.
 */
final class MappingColumn {

    static final int MAX_NAME_LENGTH = 100;

    private MappingColumn() {
    }

    /**
     * @param methodNames code → display name of every method of this kind
     * @return method code → names, in input order, without empty rows
     */
    static Map<String, List<String>> validate(MappingKind kind, String shopCode, List<NameMapping> rows,
                                              Map<String, String> methodNames) {
        if (rows == null) {
            throw new MappingRejected("invalid", "mappings", "対応設定 (mappings) を指定してください", shopCode, null);
        }
        Map<String, List<String>> result = new LinkedHashMap<>();
        Map<String, String> ownerByName = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            NameMapping row = rows.get(i);
            String code = row == null || row.methodCode() == null ? "" : row.methodCode().strip();
            String codeField = "mappings[" + i + "]." + kind.jsonField();
            String namesField = "mappings[" + i + "].mallNames";
            if (code.isEmpty()) {
                throw new MappingRejected("invalid", codeField, kind.label() + "コードを入力してください", shopCode, code);
            }
            if (!methodNames.containsKey(code)) {
                throw new MappingRejected("unknown_method", codeField,
                        kind.label() + "「" + code + "」は登録されていません", shopCode, code);
            }
            List<String> names = result.computeIfAbsent(code, c -> new ArrayList<>());
            for (String raw : row.mallNames()) {
                String name = raw.strip();
                if (name.isEmpty()) {
                    continue;
                }
                check(name, kind, shopCode, code, namesField);
                String key = MallNames.normalize(name);
                String owner = ownerByName.putIfAbsent(key, code);
                if (owner == null) {
                    names.add(name);
                } else if (!owner.equals(code)) {
                    throw new MappingRejected("duplicate_mall_name", namesField,
                            "「" + name + "」は" + kind.label() + "「" + methodNames.get(owner) + "」と「"
                                    + methodNames.get(code) + "」の両方に設定されています。1つの" + kind.label() + "にだけ設定してください",
                            shopCode, code);
                }
            }
        }
        result.values().removeIf(List::isEmpty);
        return result;
    }

    private static void check(String name, MappingKind kind, String shopCode, String code, String field) {
        if (name.length() > MAX_NAME_LENGTH) {
            throw new MappingRejected("invalid", field, "モールでの" + kind.label() + "名は" + MAX_NAME_LENGTH
                    + "文字以内で入力してください", shopCode, code);
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            throw new MappingRejected("invalid", field, "モールでの" + kind.label() + "名「" + name.replaceAll("\\p{Cntrl}", " ")
                    + "」に改行やタブは使えません (1つの名称ごとに分けてください)", shopCode, code);
        }
    }
}
