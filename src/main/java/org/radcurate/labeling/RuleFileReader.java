package org.radcurate.labeling;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.radcurate.domain.Icd10;

/**
 * Reads a rule file (the format is in docs/labeler.md) into a {@link RuleBook}. It streams the
 * JSON so that every mistake can be reported with its file, line and field.
 */
final class RuleFileReader {
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private final String fileName;
    private final RuleBook book;
    /** Bundled files define findings; user files may only add to findings that exist. */
    private final boolean definesFindings;
    private JsonParser p;

    private RuleFileReader(String fileName, RuleBook book, boolean definesFindings) {
        this.fileName = fileName;
        this.book = book;
        this.definesFindings = definesFindings;
    }

    static void read(InputStream in, String fileName, RuleBook book, boolean definesFindings) throws IOException {
        new RuleFileReader(fileName, book, definesFindings).read(in);
    }

    private void read(InputStream in) throws IOException {
        try (JsonParser parser = JSON.createParser(in)) {
            p = parser;
            expect(p.nextToken(), JsonToken.START_OBJECT, "(top level)");
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "version" -> book.version = text(field);
                    case "description" -> text(field);
                    case "findings" -> readFindings();
                    case "triggers" -> readTriggers();
                    case "concepts" -> readConcepts();
                    default -> throw error(field, "unknown field (expected version, findings, triggers or concepts)");
                }
            }
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(fileName + ":" + e.getLocation().getLineNr()
                    + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    private void readFindings() throws IOException {
        expect(p.currentToken(), JsonToken.START_OBJECT, "findings");
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String finding = p.currentName();
            String path = "findings." + finding;
            RuleBook.Entry entry = definesFindings ? book.entryOrCreate(finding) : book.entry(finding);
            if (entry == null) {
                throw error(path, "unknown finding '" + finding + "'");
            }
            expect(p.nextToken(), JsonToken.START_OBJECT, path);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                String fieldPath = path + "." + field;
                switch (field) {
                    case "aliases" -> strings(fieldPath, entry.aliases);
                    case "mentions" -> strings(fieldPath, entry.mentions);
                    case "hedged" -> strings(fieldPath, entry.hedged);
                    case "exclusions" -> strings(fieldPath, entry.exclusions);
                    case "compounds" -> readCompounds(fieldPath, entry);
                    default -> throw error(fieldPath, "unknown field (expected aliases, mentions, hedged, exclusions or compounds)");
                }
            }
        }
    }

    private void readCompounds(String path, RuleBook.Entry entry) throws IOException {
        expect(p.currentToken(), JsonToken.START_ARRAY, path);
        while (p.nextToken() == JsonToken.START_OBJECT) {
            RuleBook.Compound c = new RuleBook.Compound();
            String itemPath = path + "[" + entry.compounds.size() + "]";
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "anatomy" -> strings(itemPath + ".anatomy", c.anatomy);
                    case "abnormal" -> strings(itemPath + ".abnormal", c.abnormal);
                    case "normal" -> strings(itemPath + ".normal", c.normal);
                    default -> throw error(itemPath + "." + field, "unknown field (expected anatomy, abnormal or normal)");
                }
            }
            if (c.anatomy.isEmpty()) {
                throw error(itemPath + ".anatomy", "a compound needs at least one anatomy phrase");
            }
            entry.compounds.add(c);
        }
        expect(p.currentToken(), JsonToken.END_ARRAY, path);
    }

    private void readTriggers() throws IOException {
        expect(p.currentToken(), JsonToken.START_OBJECT, "triggers");
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            CueType type = CueType.fromJsonKey(key);
            if (type == null) {
                throw error("triggers." + key, "unknown trigger kind (expected negation_pre, negation_post,"
                        + " uncertainty_pre, uncertainty_post, uncertainty_both, uncertainty_alternatives, pseudo, terminator"
                        + " or terminator_pre)");
            }
            p.nextToken();
            strings("triggers." + key, book.triggers.get(type));
        }
    }

    private void readConcepts() throws IOException {
        expect(p.currentToken(), JsonToken.START_OBJECT, "concepts");
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String raw = p.currentName();
            String code;
            try {
                code = Icd10.normalize(raw);
            } catch (IllegalArgumentException e) {
                throw error("concepts." + raw, "not an ICD-10-CM code");
            }
            p.nextToken();
            strings("concepts." + raw, book.concepts.computeIfAbsent(code, k -> new java.util.LinkedHashSet<>()));
        }
    }

    private void strings(String path, Set<String> into) throws IOException {
        expect(p.currentToken(), JsonToken.START_ARRAY, path);
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                throw error(path, "expected a string, found " + p.currentToken());
            }
            String s = p.getText().strip();
            if (s.isEmpty() || Tokens.of(s).size == 0) {
                throw error(path, "empty phrase");
            }
            into.add(s);
        }
    }

    private String text(String path) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw error(path, "expected a string");
        }
        return p.getText();
    }

    private void expect(JsonToken actual, JsonToken wanted, String path) {
        if (actual != wanted) {
            String what = wanted == JsonToken.START_OBJECT ? "an object" : wanted == JsonToken.START_ARRAY
                    ? "a list" : "the end of a list";
            throw error(path, "expected " + what + ", found " + actual);
        }
    }

    private IllegalArgumentException error(String path, String message) {
        int line = p == null ? 0 : p.currentTokenLocation().getLineNr();
        return new IllegalArgumentException(fileName + ":" + line + ": field '" + path + "': " + message);
    }
}
