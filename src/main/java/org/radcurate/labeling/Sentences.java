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

    /**
     * Sentences of text[from, to): split after . ! ? followed by a space, and at a line break that
     * ends a line of its own. A line break inside a sentence (hard-wrapped text, as MIMIC-CXR and many
     * hospital exports wrap at about 70 characters) is a space; see {@link #lineBreakSplits}.
     */
    static void split(String text, int from, int to, List<int[]> out) {
        int start = from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            boolean boundary = false;
            int cut = i + 1;
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < to && text.charAt(i + 1) == '\n') {
                    continue;
                }
                boundary = lineBreakSplits(text, start, i, to);
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

    /** A line shorter than this, followed by a line that starts with a capital, is a line of its own. */
    static final int SHORT_LINE = 40;

    /**
     * Whether the line break at {@code nl} ends a sentence: the next line is blank (a paragraph break)
     * or starts a list item ("1.", "2)", "-", "*") or a title ("Lungs:"), the line before it ends with
     * a colon, or the line before it is short and the next one starts with a capital ("Heart size
     * normal" / "Lungs clear"). Otherwise the line was wrapped and the sentence goes on.
     */
    static boolean lineBreakSplits(String text, int sentenceStart, int nl, int to) {
        int lineStart = nl > sentenceStart && text.charAt(nl - 1) == '\r' ? nl - 1 : nl;
        while (lineStart > sentenceStart && text.charAt(lineStart - 1) != '\n' && text.charAt(lineStart - 1) != '\r') {
            lineStart--;
        }
        int prevEnd = nl;
        while (prevEnd > lineStart && Character.isWhitespace(text.charAt(prevEnd - 1))) {
            prevEnd--;
        }
        int prevBegin = lineStart;
        while (prevBegin < prevEnd && Character.isWhitespace(text.charAt(prevBegin))) {
            prevBegin++;
        }
        if (prevEnd == prevBegin) {
            return true;
        }
        int next = nl + 1;
        while (next < to && (text.charAt(next) == ' ' || text.charAt(next) == '\t')) {
            next++;
        }
        if (next >= to || text.charAt(next) == '\n' || text.charAt(next) == '\r') {
            return true;
        }
        if (text.charAt(prevEnd - 1) == ':' || startsListItem(text, next, to) || startsTitle(text, next, to)) {
            return true;
        }
        return prevEnd - prevBegin < SHORT_LINE && Character.isUpperCase(text.charAt(next));
    }

    private static boolean startsListItem(String text, int i, int to) {
        char c = text.charAt(i);
        if (c == '-' || c == '*' || c == '\u2022') {
            return i + 1 < to && Character.isWhitespace(text.charAt(i + 1));
        }
        int j = i;
        while (j < to && Character.isDigit(text.charAt(j))) {
            j++;
        }
        return j > i && j - i <= 2 && j + 1 < to && (text.charAt(j) == '.' || text.charAt(j) == ')')
                && Character.isWhitespace(text.charAt(j + 1));
    }

    /** "Lungs:", "HEART AND MEDIASTINUM:": a capitalised run of at most four words and a colon. */
    private static boolean startsTitle(String text, int i, int to) {
        if (!Character.isUpperCase(text.charAt(i))) {
            return false;
        }
        int words = 1;
        for (int j = i + 1; j < to && j < i + 40; j++) {
            char c = text.charAt(j);
            if (c == ':') {
                return true;
            }
            if (c == ' ') {
                if (++words > 4) {
                    return false;
                }
            } else if (!Character.isLetter(c) && c != '/' && c != '-') {
                return false;
            }
        }
        return false;
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
