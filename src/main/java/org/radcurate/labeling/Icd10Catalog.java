package org.radcurate.labeling;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.radcurate.domain.Icd10;

/**
 * The ICD-10-CM code table (FY2022, CMS/CDC, public domain) bundled for search and display. It is
 * read from resources on first use and then shared; it never changes, so sharing holds no state.
 */
public final class Icd10Catalog {
    static final String RESOURCE = "/org/radcurate/labeling/icd10cm-fy2022.tsv.gz";

    private final List<Icd10Entry> entries;
    private final String[] lowerDescriptions;
    private final Map<String, Icd10Entry> byCode;

    private Icd10Catalog(List<Icd10Entry> entries) {
        this.entries = List.copyOf(entries);
        this.lowerDescriptions = new String[entries.size()];
        this.byCode = new HashMap<>(entries.size() * 2);
        for (int i = 0; i < entries.size(); i++) {
            Icd10Entry e = entries.get(i);
            lowerDescriptions[i] = e.description().toLowerCase(Locale.ROOT);
            byCode.put(e.code(), e);
        }
    }

    private static final class Holder {
        static final Icd10Catalog INSTANCE = read();
    }

    /** The bundled table, loaded once. */
    public static Icd10Catalog load() {
        return Holder.INSTANCE;
    }

    private static Icd10Catalog read() {
        try (InputStream raw = Icd10Catalog.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                throw new IllegalStateException("missing bundled ICD-10-CM table " + RESOURCE);
            }
            BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw, 1 << 16), StandardCharsets.UTF_8));
            List<Icd10Entry> list = new ArrayList<>(96_000);
            String line;
            while ((line = in.readLine()) != null) {
                int a = line.indexOf('\t');
                int b = line.indexOf('\t', a + 1);
                if (a < 0 || b < 0) {
                    continue;
                }
                list.add(new Icd10Entry(Icd10.normalize(line.substring(0, a)), line.substring(b + 1),
                        line.charAt(a + 1) == '1'));
            }
            return new Icd10Catalog(list);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int size() {
        return entries.size();
    }

    public Optional<Icd10Entry> entry(String code) {
        try {
            return Optional.ofNullable(byCode.get(Icd10.normalize(code)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** "J90" gives "Pleural effusion, not elsewhere classified"; empty for an unknown code. */
    public Optional<String> description(String code) {
        return entry(code).map(Icd10Entry::description);
    }

    /**
     * For autocomplete: a query that looks like a code ("J9", "j98.1") lists codes with that prefix
     * in table order; otherwise every query word must begin a word of the description; descriptions
     * holding the query as written come first, then shorter (less specific) codes.
     */
    public List<Icd10Entry> search(String codeOrWords, int limit) {
        String q = codeOrWords == null ? "" : codeOrWords.strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty() || limit <= 0) {
            return List.of();
        }
        String compact = q.replace(".", "").toUpperCase(Locale.ROOT);
        List<Icd10Entry> out = new ArrayList<>();
        if (compact.matches("[A-Z][0-9][0-9A-Z]{0,5}")) {
            for (Icd10Entry e : entries) {
                if (e.code().replace(".", "").startsWith(compact)) {
                    out.add(e);
                    if (out.size() == limit) {
                        break;
                    }
                }
            }
            if (!out.isEmpty()) {
                return out;
            }
        }
        String[] words = q.split("[^\\p{L}\\p{N}]+");
        for (int i = 0; i < entries.size(); i++) {
            if (matchesAll(lowerDescriptions[i], words)) {
                out.add(entries.get(i));
            }
        }
        String phrase = String.join(" ", words).strip();
        out.sort(Comparator.comparingInt((Icd10Entry e) -> e.description().toLowerCase(Locale.ROOT).contains(phrase) ? 0 : 1)
                .thenComparingInt(e -> e.code().length()));
        return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
    }

    private static boolean matchesAll(String description, String[] words) {
        for (String w : words) {
            if (!w.isEmpty() && !startsAWord(description, w)) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsAWord(String text, String word) {
        int from = 0;
        while (true) {
            int i = text.indexOf(word, from);
            if (i < 0) {
                return false;
            }
            if (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1))) {
                return true;
            }
            from = i + 1;
        }
    }
}
