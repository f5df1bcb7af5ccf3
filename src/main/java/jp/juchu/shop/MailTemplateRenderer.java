package jp.juchu.shop;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * Fills a mail template: {@code {{受注番号}}} is replaced by its value, {@code {{#商品明細}}…{{/商品明細}}} is
 * repeated once per order line. Line breaks of the template are kept; a block tag alone on its line
 * takes its line with it, so a block written on lines of its own prints one line per order line.
 *
 * <p>Pure and thread-safe. Values: a {@link String} (or anything, via {@code toString()}) per placeholder
 * and, under {@link MailPlaceholders#LINES}, a list of maps with the line placeholders. A missing value
 * prints as an empty string; an unknown placeholder or an unclosed block is a {@link MailTemplateSyntaxException}.
 */
public final class MailTemplateRenderer {

    private sealed interface Node permits Text, Placeholder, Block {
    }

    private record Text(String text) implements Node {
    }

    private record Placeholder(String name) implements Node {
    }

    private record Block(String name, List<Node> children) implements Node {
    }

    /** Checks the template; throws with a Japanese message naming the first bad placeholder. */
    public void validate(String template) {
        parse(template);
    }

    public String render(String template, Map<String, ?> values) {
        StringBuilder out = new StringBuilder();
        write(parse(template), values, null, out);
        return out.toString();
    }

    private static void write(List<Node> nodes, Map<String, ?> values, Map<String, ?> line, StringBuilder out) {
        for (Node node : nodes) {
            if (node instanceof Text text) {
                out.append(text.text());
            } else if (node instanceof Placeholder placeholder) {
                Object value = line != null && line.containsKey(placeholder.name()) ? line.get(placeholder.name()) : values.get(placeholder.name());
                out.append(value == null ? "" : value.toString());
            } else if (node instanceof Block block && values.get(block.name()) instanceof List<?> lines) {
                for (Object item : lines) {
                    write(block.children(), values, item instanceof Map<?, ?> map ? stringKeys(map) : Map.of(), out);
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> stringKeys(Map<?, ?> map) {
        return (Map<String, ?>) map;
    }

    private static List<Node> parse(String template) {
        String text = template == null ? "" : template;
        List<Node> root = new ArrayList<>();
        Deque<Block> open = new ArrayDeque<>();
        int pos = 0;
        while (pos < text.length()) {
            int start = text.indexOf("{{", pos);
            if (start < 0) {
                add(root, open, new Text(text.substring(pos)));
                break;
            }
            int end = text.indexOf("}}", start + 2);
            if (end < 0 || text.substring(start + 2, end).contains("{{")) {
                throw new MailTemplateSyntaxException("「" + excerpt(text, start) + "」の「{{」が「}}」で閉じられていません");
            }
            String tag = text.substring(start + 2, end).strip();
            int tagEnd = end + 2;
            boolean blockTag = tag.startsWith("#") || tag.startsWith("/");
            int textEnd = start;
            if (blockTag) {
                int lineStart = text.lastIndexOf('\n', start - 1) + 1;
                int lineEnd = text.indexOf('\n', tagEnd);
                int lineStop = lineEnd < 0 ? text.length() : lineEnd;
                if (lineStart >= pos && text.substring(lineStart, start).isBlank() && text.substring(tagEnd, lineStop).isBlank()) {
                    textEnd = lineStart;
                    tagEnd = lineEnd < 0 ? text.length() : lineEnd + 1;
                }
            }
            if (textEnd > pos) {
                add(root, open, new Text(text.substring(pos, textEnd)));
            }
            if (tag.startsWith("#")) {
                openBlock(tag.substring(1).strip(), open, root);
            } else if (tag.startsWith("/")) {
                closeBlock(tag.substring(1).strip(), open);
            } else {
                add(root, open, placeholder(tag, !open.isEmpty()));
            }
            pos = tagEnd;
        }
        if (!open.isEmpty()) {
            String name = open.peek().name();
            throw new MailTemplateSyntaxException("{{#" + name + "}} が {{/" + name + "}} で閉じられていません");
        }
        return root;
    }

    private static Placeholder placeholder(String name, boolean insideLines) {
        if (MailPlaceholders.SCALARS.containsKey(name) || insideLines && MailPlaceholders.LINE_ITEMS.containsKey(name)) {
            return new Placeholder(name);
        }
        if (MailPlaceholders.LINE_ITEMS.containsKey(name)) {
            throw new MailTemplateSyntaxException("{{" + name + "}} は {{#" + MailPlaceholders.LINES + "}}〜{{/"
                    + MailPlaceholders.LINES + "}} の中でのみ使用できます");
        }
        throw new MailTemplateSyntaxException("{{" + name + "}} は使用できない差込項目です");
    }

    private static void openBlock(String name, Deque<Block> open, List<Node> root) {
        if (!MailPlaceholders.LINES.equals(name)) {
            throw new MailTemplateSyntaxException("{{#" + name + "}} は使用できない差込項目です (繰り返しは {{#"
                    + MailPlaceholders.LINES + "}} のみ)");
        }
        if (!open.isEmpty()) {
            throw new MailTemplateSyntaxException("{{#" + name + "}} の中に {{#" + name + "}} は入れられません");
        }
        Block block = new Block(name, new ArrayList<>());
        add(root, open, block);
        open.push(block);
    }

    private static void closeBlock(String name, Deque<Block> open) {
        if (open.isEmpty() || !open.peek().name().equals(name)) {
            throw new MailTemplateSyntaxException("{{/" + name + "}} に対応する {{#" + name + "}} がありません");
        }
        open.pop();
    }

    private static void add(List<Node> root, Deque<Block> open, Node node) {
        (open.isEmpty() ? root : open.peek().children()).add(node);
    }

    private static String excerpt(String text, int start) {
        int lineEnd = text.indexOf('\n', start);
        int nextTag = text.indexOf("{{", start + 2);
        int stop = lineEnd < 0 ? text.length() : lineEnd;
        String rest = text.substring(start, nextTag < 0 ? stop : Math.min(stop, nextTag)).stripTrailing();
        return rest.length() > 20 ? rest.substring(0, 20) + "…" : rest;
    }
}
