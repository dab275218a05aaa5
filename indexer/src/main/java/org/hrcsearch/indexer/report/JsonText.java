package org.hrcsearch.indexer.report;

import java.util.List;
import java.util.Map;

/**
 * Writes the indexer's small, flat JSON documents (report lines, status files) without a JSON library: loading
 * one costs a few tenths of a second at start-up, which is most of a run that has nothing to change. Values are
 * strings, numbers, booleans, null, and lists and maps of those.
 */
final class JsonText {
    private JsonText() {}

    static String of(Object value) {
        StringBuilder b = new StringBuilder();
        append(b, value);
        return b.toString();
    }

    private static void append(StringBuilder b, Object value) {
        switch (value) {
            case null -> b.append("null");
            case String s -> string(b, s);
            case Number n -> b.append(n);
            case Boolean bool -> b.append(bool);
            case Map<?, ?> map -> {
                b.append('{');
                boolean first = true;
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    if (!first) {
                        b.append(',');
                    }
                    first = false;
                    string(b, String.valueOf(e.getKey()));
                    b.append(':');
                    append(b, e.getValue());
                }
                b.append('}');
            }
            case List<?> list -> {
                b.append('[');
                for (int i = 0; i < list.size(); i++) {
                    if (i > 0) {
                        b.append(',');
                    }
                    append(b, list.get(i));
                }
                b.append(']');
            }
            default ->
                throw new IllegalArgumentException(
                        "no JSON for a " + value.getClass().getSimpleName());
        }
    }

    private static void string(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029 || Character.isSurrogate(c) && !validSurrogate(s, i)) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }

    /** True when the surrogate at {@code i} is half of a well-formed pair (lone halves are escaped). */
    private static boolean validSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}
