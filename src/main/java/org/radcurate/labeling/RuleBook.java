package org.radcurate.labeling;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The lexicon, triggers and concept map as read from rule files, before compilation. Bundled files
 * define it; user files add to it.
 */
final class RuleBook {

    /** A finding's words: plain mentions, phrases that are not mentions, and anatomy + descriptor pairs. */
    static final class Entry {
        final String name;
        final Set<String> aliases = new LinkedHashSet<>();
        final Set<String> mentions = new LinkedHashSet<>();
        /** Mentions that are at most UNCERTAIN by themselves ("vascular congestion" for Edema in CheXpert's lists). */
        final Set<String> hedged = new LinkedHashSet<>();
        final Set<String> exclusions = new LinkedHashSet<>();
        final List<Compound> compounds = new ArrayList<>();

        Entry(String name) {
            this.name = name;
        }

        boolean answersTo(String key) {
            String k = canonical(key);
            if (canonical(name).equals(k)) {
                return true;
            }
            return aliases.stream().anyMatch(a -> canonical(a).equals(k));
        }
    }

    /**
     * "heart size ... enlarged": an anatomy phrase with a descriptor near it. An abnormal descriptor
     * makes a positive mention, a normal one a negative statement of normal anatomy.
     */
    static final class Compound {
        final Set<String> anatomy = new LinkedHashSet<>();
        final Set<String> abnormal = new LinkedHashSet<>();
        final Set<String> normal = new LinkedHashSet<>();
    }

    String version = "";
    final Map<String, Entry> entries = new LinkedHashMap<>();
    final Map<CueType, Set<String>> triggers = new EnumMap<>(CueType.class);
    final Map<String, Set<String>> concepts = new LinkedHashMap<>();

    RuleBook() {
        for (CueType t : CueType.values()) {
            triggers.put(t, new LinkedHashSet<>());
        }
    }

    Entry entry(String findingKey) {
        for (Entry e : entries.values()) {
            if (e.answersTo(findingKey)) {
                return e;
            }
        }
        return null;
    }

    Entry entryOrCreate(String name) {
        Entry e = entry(name);
        if (e == null) {
            e = new Entry(name);
            entries.put(name, e);
        }
        return e;
    }

    static String canonical(String s) {
        return s.strip().toLowerCase(Locale.ROOT).replace('_', ' ').replaceAll("\\s+", " ");
    }
}
