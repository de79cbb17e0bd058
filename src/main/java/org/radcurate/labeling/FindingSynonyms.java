package org.radcurate.labeling;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.radcurate.domain.Finding;
import org.radcurate.domain.Schema;

/**
 * Every name a schema's finding is known by, from the bundled lexicon: its name, display name,
 * CSV column, aliases and mention phrases, all in {@link #canonical} form. LLM answers name
 * findings in these words ("effusion", "enlarged heart"), so the answer parser reads them here.
 */
public final class FindingSynonyms {
    private FindingSynonyms() {}

    /** Finding name to its canonical names, in schema order. */
    public static Map<String, Set<String>> of(Schema schema) throws IOException {
        RuleBook book = RuleSources.bundled();
        List<RuleBook.Entry> entries = RuleSources.fit(book, schema);
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (int i = 0; i < schema.size(); i++) {
            Finding f = schema.findings().get(i);
            RuleBook.Entry e = entries.get(i);
            Set<String> names = new LinkedHashSet<>();
            names.add(canonical(f.name()));
            names.add(canonical(f.displayName()));
            names.add(canonical(f.csvColumn()));
            e.aliases.forEach(a -> names.add(canonical(a)));
            e.mentions.forEach(m -> names.add(canonical(m)));
            out.put(f.name(), names);
        }
        return out;
    }

    /** Lower case, '_' and '-' as spaces, single spaces, no surrounding blanks. */
    public static String canonical(String s) {
        return RuleBook.canonical(s.replace('-', ' '));
    }
}
