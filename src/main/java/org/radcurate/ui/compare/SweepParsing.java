package org.radcurate.ui.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Reads the learning-curve form's text fields: "100,200,300", "3e-4,1e-4", "epochs=5, layers=1", a seed. */
final class SweepParsing {
    private SweepParsing() {}

    static List<Integer> counts(String text) {
        return items(text, "sample counts").stream().map(t -> number(t, "sample count", Integer::valueOf)).toList();
    }

    static List<Double> rates(String text) {
        return items(text, "learning rates").stream().map(t -> number(t, "learning rate", Double::valueOf)).toList();
    }

    static long seed(String text) {
        return number(text, "seed", Long::valueOf);
    }

    /** name=value pairs separated by commas or semicolons. */
    static Map<String, String> parameters(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String t : text == null ? new String[0] : text.split("[,;]")) {
            if (t.isBlank()) {
                continue;
            }
            int eq = t.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("write parameters as name=value, e.g. epochs=5, not '" + t.strip()
                        + "'");
            }
            out.put(t.substring(0, eq).strip(), t.substring(eq + 1).strip());
        }
        return out;
    }

    private static List<String> items(String text, String what) {
        List<String> out = new ArrayList<>();
        for (String t : (text == null ? "" : text).split("[,;\\s]+")) {
            if (!t.isBlank()) {
                out.add(t.strip());
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("give one or more " + what + ", separated by commas");
        }
        return out;
    }

    private static <T> T number(String text, String what, Function<String, T> parse) {
        try {
            return parse.apply(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a " + what);
        }
    }
}
