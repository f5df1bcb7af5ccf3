package jp.juchu.engine.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Turns a Camunda search body ({@code {filter, sort, page}}) into SQL over one engine table. Filter fields
 * accept the plain form ({@code "state":"ACTIVE"}) and the advanced form ({@code {"$eq":..,"$in":[..],..}});
 * empty lists mean "no constraint", unknown fields are ignored (the client sends fields we do not index).
 */
public final class SearchRequest {

    public enum Kind { KEY, TEXT, INT, DATE, BOOL }

    private record Column(String name, Kind kind) {
    }

    private final String table;
    private final Map<String, Column> columns = new LinkedHashMap<>();
    private final List<String> fixedConditions = new ArrayList<>();
    private final MapSqlParameterSource params = new MapSqlParameterSource();
    private String defaultOrder;

    public SearchRequest(String table, String defaultOrder) {
        this.table = table;
        this.defaultOrder = defaultOrder;
    }

    public SearchRequest field(String field, String column, Kind kind) {
        columns.put(field, new Column(column, kind));
        return this;
    }

    /** A condition the endpoint adds itself (e.g. the key from the path). */
    public SearchRequest require(String condition, String param, Object value) {
        fixedConditions.add(condition);
        if (param != null) {
            params.addValue(param, value);
        }
        return this;
    }

    public record Page<T>(List<T> items, long total) {
    }

    public <T> Page<T> run(NamedParameterJdbcTemplate jdbc, JsonNode body, RowMapper<T> mapper) {
        List<String> conditions = new ArrayList<>(fixedConditions);
        JsonNode filter = body == null ? null : body.path("filter");
        if (filter != null && filter.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = filter.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> entry = fields.next();
                Column column = columns.get(entry.getKey());
                if (column != null) {
                    conditions.addAll(conditionsFor(column, entry.getValue()));
                }
            }
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        long total = jdbc.queryForObject("SELECT COUNT(*) FROM " + table + where, params, Long.class);
        int limit = 100;
        int from = 0;
        JsonNode page = body == null ? null : body.path("page");
        if (page != null && page.isObject()) {
            if (page.path("limit").canConvertToInt() && page.path("limit").asInt() > 0) {
                limit = Math.min(page.path("limit").asInt(), 10_000);
            }
            if (page.path("from").canConvertToInt()) {
                from = Math.max(0, page.path("from").asInt());
            } else if (page.path("after").isTextual()) {
                from = parseCursor(page.path("after").asText());
            }
        }
        params.addValue("limitRows", limit);
        params.addValue("offsetRows", from);
        String sql = "SELECT * FROM " + table + where + " ORDER BY " + order(body) + " LIMIT :limitRows OFFSET :offsetRows";
        List<T> items = jdbc.query(sql, params, mapper);
        return new Page<>(items, total);
    }

    private static int parseCursor(String cursor) {
        try {
            return Math.max(0, Integer.parseInt(cursor));
        } catch (NumberFormatException e) {
            throw EngineException.invalid("Unknown cursor: " + cursor);
        }
    }

    private String order(JsonNode body) {
        List<String> parts = new ArrayList<>();
        JsonNode sort = body == null ? null : body.path("sort");
        if (sort != null && sort.isArray()) {
            for (JsonNode entry : sort) {
                Column column = columns.get(entry.path("field").asText());
                if (column != null) {
                    parts.add(column.name() + ("DESC".equalsIgnoreCase(entry.path("order").asText()) ? " DESC" : " ASC"));
                }
            }
        }
        parts.add(defaultOrder);
        return String.join(", ", parts);
    }

    private List<String> conditionsFor(Column column, JsonNode value) {
        List<String> result = new ArrayList<>();
        if (value == null || value.isNull() || value.isMissingNode()) {
            return result;
        }
        if (!value.isObject()) {
            result.add(column.name() + " = " + bind(column, value));
            return result;
        }
        Iterator<Map.Entry<String, JsonNode>> operators = value.fields();
        while (operators.hasNext()) {
            Map.Entry<String, JsonNode> operator = operators.next();
            JsonNode operand = operator.getValue();
            if (operand == null || operand.isNull()) {
                continue;
            }
            switch (operator.getKey()) {
                case "$eq" -> result.add(column.name() + " = " + bind(column, operand));
                case "$neq" -> result.add("(" + column.name() + " IS NULL OR " + column.name() + " <> " + bind(column, operand) + ")");
                case "$gt" -> result.add(column.name() + " > " + bind(column, operand));
                case "$gte" -> result.add(column.name() + " >= " + bind(column, operand));
                case "$lt" -> result.add(column.name() + " < " + bind(column, operand));
                case "$lte" -> result.add(column.name() + " <= " + bind(column, operand));
                case "$exists" -> result.add(column.name() + (operand.asBoolean() ? " IS NOT NULL" : " IS NULL"));
                case "$like" -> result.add(column.name() + " LIKE " + bindLike(operand.asText()));
                case "$in" -> inList(column, operand).ifPresent(list -> result.add(column.name() + " IN (" + list + ")"));
                case "$notIn" -> inList(column, operand).ifPresent(list -> result.add(column.name() + " NOT IN (" + list + ")"));
                default -> throw EngineException.invalid("Unsupported filter operator " + operator.getKey());
            }
        }
        return result;
    }

    private java.util.Optional<String> inList(Column column, JsonNode operand) {
        if (!operand.isArray() || operand.isEmpty()) {
            return java.util.Optional.empty();
        }
        List<String> names = new ArrayList<>();
        operand.forEach(item -> names.add(bind(column, item)));
        return java.util.Optional.of(String.join(", ", names));
    }

    private String bind(Column column, JsonNode value) {
        String name = "p" + params.getValues().size();
        params.addValue(name, convert(column, value));
        return ":" + name;
    }

    private String bindLike(String pattern) {
        String name = "p" + params.getValues().size();
        params.addValue(name, pattern.replace("*", "%").replace("?", "_"));
        return ":" + name;
    }

    private static Object convert(Column column, JsonNode value) {
        String text = value.asText();
        try {
            return switch (column.kind()) {
                case KEY -> Long.parseLong(text);
                case INT -> Integer.parseInt(text);
                case BOOL -> value.isBoolean() ? value.asBoolean() : Boolean.parseBoolean(text);
                case DATE -> OffsetDateTime.parse(text).toInstant().toEpochMilli();
                case TEXT -> text;
            };
        } catch (RuntimeException e) {
            throw EngineException.invalid("Invalid filter value '" + text + "' for " + column.name());
        }
    }
}
