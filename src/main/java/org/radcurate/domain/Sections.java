package org.radcurate.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds titled sections ("FINDINGS:", "Impression:", "CLINICAL HISTORY:" ...) in free report text. */
public final class Sections {
    private Sections() {}

    private static final Map<String, String> CANONICAL = Map.ofEntries(
            Map.entry("INDICATION", "INDICATION"),
            Map.entry("INDICATIONS", "INDICATION"),
            Map.entry("CLINICAL INDICATION", "INDICATION"),
            Map.entry("CLINICAL HISTORY", "INDICATION"),
            Map.entry("HISTORY", "INDICATION"),
            Map.entry("REASON FOR EXAM", "INDICATION"),
            Map.entry("REASON FOR EXAMINATION", "INDICATION"),
            Map.entry("REASON FOR STUDY", "INDICATION"),
            Map.entry("CLINICAL INFORMATION", "INDICATION"),
            Map.entry("COMPARISON", "COMPARISON"),
            Map.entry("COMPARISONS", "COMPARISON"),
            Map.entry("PRIOR", "COMPARISON"),
            Map.entry("TECHNIQUE", "TECHNIQUE"),
            Map.entry("EXAMINATION", "EXAMINATION"),
            Map.entry("EXAM", "EXAMINATION"),
            Map.entry("FINDINGS", "FINDINGS"),
            Map.entry("FINDING", "FINDINGS"),
            Map.entry("REPORT", "FINDINGS"),
            Map.entry("FINDINGS AND IMPRESSION", "FINDINGS"),
            Map.entry("IMPRESSION", "IMPRESSION"),
            Map.entry("IMPRESSIONS", "IMPRESSION"),
            Map.entry("CONCLUSION", "IMPRESSION"),
            Map.entry("CONCLUSIONS", "IMPRESSION"),
            Map.entry("SUMMARY", "IMPRESSION"),
            Map.entry("RECOMMENDATION", "RECOMMENDATION"),
            Map.entry("RECOMMENDATIONS", "RECOMMENDATION"),
            Map.entry("NOTIFICATION", "NOTIFICATION"));

    private static final Pattern HEADER;

    static {
        String alternatives = CANONICAL.keySet().stream()
                .sorted((a, b) -> b.length() - a.length())
                .map(k -> k.replace(" ", "\\s+"))
                .reduce((a, b) -> a + "|" + b)
                .orElseThrow();
        HEADER = Pattern.compile("(?im)^[ \\t]*(" + alternatives + ")[ \\t]*:");
    }

    /** Sections in text order; a title seen twice keeps its first body. Empty when no title is found. */
    public static List<Section> split(String text) {
        List<int[]> headers = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Matcher m = HEADER.matcher(text);
        while (m.find()) {
            headers.add(new int[] {m.start(), m.end()});
            String title = m.group(1).toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
            names.add(CANONICAL.get(title));
        }
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            int start = headers.get(i)[1];
            int end = i + 1 < headers.size() ? headers.get(i + 1)[0] : text.length();
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            String name = names.get(i);
            if (sections.stream().noneMatch(s -> s.name().equals(name))) {
                sections.add(new Section(name, start, end));
            }
        }
        return sections;
    }
}
