package org.radcurate.ui.train;

import java.util.LinkedHashMap;
import java.util.Map;

/** Recipe settings as the LLM tab's text areas hold them: one NAME=VALUE a line, blank and # lines skipped. */
final class SettingLines {
    private SettingLines() {}

    /** The lines as a map in their order; a line without '=' is an error naming it. */
    static Map<String, String> parse(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            int eq = l.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("a setting is NAME=VALUE, not '" + l + "'");
            }
            out.put(l.substring(0, eq).strip(), l.substring(eq + 1).strip());
        }
        return out;
    }

    /** The map as lines, in its order (what {@link #parse} reads back). */
    static String format(Map<String, String> settings) {
        StringBuilder lines = new StringBuilder();
        settings.forEach((k, v) -> lines.append(lines.isEmpty() ? "" : "\n").append(k).append('=').append(v));
        return lines.toString();
    }
}
