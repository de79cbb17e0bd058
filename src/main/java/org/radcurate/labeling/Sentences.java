package org.radcurate.labeling;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.radcurate.domain.Report;
import org.radcurate.domain.Section;
import org.radcurate.domain.Sections;

/** Which parts of a report are read, and their sentences, as [start, end) offsets into the report text. */
final class Sentences {
    private static final Set<String> NOT_FINDINGS = Set.of("INDICATION", "COMPARISON", "TECHNIQUE", "EXAMINATION");
    private static final Set<String> ABBREVIATIONS = Set.of("dr", "mr", "mrs", "ms", "vs", "e.g", "i.e", "approx", "eg", "ie", "cf");

    private Sentences() {}

    /**
     * The section bodies a labeler reads: FINDINGS and IMPRESSION (impressionOnly: IMPRESSION alone);
     * without either, every section but indication, comparison and technique; a report with no
     * titled sections at all is read whole.
     */
    static List<int[]> regions(Report report, boolean impressionOnly) {
        List<Section> sections = report.sections().isEmpty() ? Sections.split(report.text()) : report.sections();
        if (sections.isEmpty()) {
            return List.of(new int[] {0, report.text().length()});
        }
        List<int[]> out = new ArrayList<>();
        for (Section s : sections) {
            String name = s.name().toUpperCase(Locale.ROOT);
            if (name.equals("IMPRESSION") || (!impressionOnly && name.equals("FINDINGS"))) {
                out.add(new int[] {s.start(), s.end()});
            }
        }
        if (out.isEmpty() && !impressionOnly) {
            for (Section s : sections) {
                if (!NOT_FINDINGS.contains(s.name().toUpperCase(Locale.ROOT))) {
                    out.add(new int[] {s.start(), s.end()});
                }
            }
        }
        out.sort((a, b) -> Integer.compare(a[0], b[0]));
        return out;
    }

    /** Sentences of text[from, to): split after . ! ? followed by a space, and at line breaks. */
    static void split(String text, int from, int to, List<int[]> out) {
        int start = from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            boolean boundary = false;
            int cut = i + 1;
            if (c == '\n' || c == '\r') {
                boundary = true;
                cut = i;
            } else if ((c == '.' || c == '!' || c == '?') && (i + 1 == to || Character.isWhitespace(text.charAt(i + 1)))) {
                boundary = c != '.' || !isAbbreviation(text, start, i);
            }
            if (boundary) {
                add(text, start, cut, out);
                start = i + 1;
            }
        }
        add(text, start, to, out);
    }

    private static boolean isAbbreviation(String text, int sentenceStart, int dot) {
        int w = dot;
        while (w > sentenceStart && !Character.isWhitespace(text.charAt(w - 1))) {
            w--;
        }
        String word = text.substring(w, dot).toLowerCase(Locale.ROOT);
        return ABBREVIATIONS.contains(word);
    }

    private static void add(String text, int start, int end, List<int[]> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new int[] {start, end});
        }
    }
}
