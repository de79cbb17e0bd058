package org.radcurate.labeling.llm;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.radcurate.domain.Concept;
import org.radcurate.domain.ConceptSet;
import org.radcurate.domain.Icd10;
import org.radcurate.domain.Report;
import org.radcurate.labeling.ConceptExtractor;
import org.radcurate.labeling.Icd10Catalog;

/**
 * Reads an open-ended answer into ICD-10-CM concepts. Accepted: a JSON list of objects
 * ({@code phrase}/{@code code}, or {@code text}, {@code finding}, {@code icd10}, ...), a list of
 * strings with the code in brackets ({@code "pleural effusion (J90)"}), the study's phrase list
 * followed by {@code The reason is: 'phrase' (J90), ...}, and lines or bullets such as
 * {@code pleural effusion - J90} or {@code J90: pleural effusion}. Codes are read with or without
 * the dot and checked against the bundled table: an invalid or unknown code is flagged and its
 * phrase mapped through the concept extractor instead, as is a phrase given without a code.
 */
final class OpenEndedParser {
    private static final JsonMapper LENIENT = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES, JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .build();
    private static final List<String> PHRASE_KEYS = List.of("phrase", "text", "finding", "entity", "condition",
            "disease", "name", "mention", "description");
    private static final List<String> CODE_KEYS = List.of("code", "icd10", "icd_10", "icd-10", "icd10cm",
            "icd10_code", "icd_code", "icd", "icd-10-cm", "icd_10_cm");
    private static final String CODE = "([A-Za-z][0-9][0-9A-Za-z](?:\\.?[0-9A-Za-z]{1,4})?)";
    /** "phrase (J90)" or "phrase [J90]". */
    private static final Pattern TRAILING_CODE = Pattern.compile("^(.*?)\\s*[(\\[]\\s*(?:ICD-?10(?:-CM)?:?\\s*)?" + CODE + "\\s*[)\\]]\\s*\\.?$",
            Pattern.CASE_INSENSITIVE);
    /** "phrase - J90", "phrase: J90", "phrase — ICD-10: J90". */
    private static final Pattern SEPARATED_CODE = Pattern.compile("^(.*?)\\s*(?:[:=–—]|\\s-)\\s*(?:ICD-?10(?:-CM)?:?\\s*)?" + CODE + "\\s*\\.?$",
            Pattern.CASE_INSENSITIVE);
    /** "J90: phrase", "J90 - phrase". */
    private static final Pattern LEADING_CODE = Pattern.compile("^" + CODE + "\\s*(?:[:=–—-])\\s*(.+)$");
    /** The study's "The reason is: 'phrase' (J90), 'phrase' (I51.7)". */
    private static final Pattern REASON_PAIR = Pattern.compile("['\"“‘]([^'\"”’]+)['\"”’]\\s*\\(\\s*" + CODE + "\\s*\\)");

    private final Icd10Catalog catalog;
    private final ConceptExtractor extractor;

    OpenEndedParser(Icd10Catalog catalog, ConceptExtractor extractor) {
        this.catalog = catalog;
        this.extractor = extractor;
    }

    OpenEndedAnswer parse(String raw) {
        String text = AnswerText.clean(raw);
        if (text.isEmpty()) {
            return failed(raw, "empty answer");
        }
        List<String[]> pairs = new ArrayList<>();
        String body = AnswerText.bracketed(text);
        if (body != null) {
            if (!readJson("[" + body + "]", pairs)) {
                AnswerText.items(body).forEach(item -> pairs.add(split(item)));
            }
            addReasonCodes(text.substring(AnswerText.afterBracketed(text)), pairs);
        } else if (AnswerText.saysNothing(AnswerText.firstLine(text))) {
            return new OpenEndedAnswer(List.of(), List.of(), Optional.empty());
        } else {
            List<String> lines = AnswerText.bullets(text);
            if (lines.isEmpty()) {
                for (String line : text.split("\\R")) {
                    String l = AnswerText.strip(AnswerText.dropPrefix(line));
                    if (!l.isEmpty()) {
                        lines.add(l);
                    }
                }
            }
            for (String line : lines) {
                String[] pair = split(line);
                if (pair[1] != null) {
                    pairs.add(pair);
                }
            }
            if (pairs.isEmpty()) {
                return failed(raw, "no list of phrases and no phrase with an ICD-10-CM code");
            }
        }
        return resolve(pairs);
    }

    /** JSON list of objects or strings into (phrase, code-or-null) pairs; false when it is not JSON. */
    private static boolean readJson(String json, List<String[]> pairs) {
        JsonNode root;
        try {
            root = LENIENT.readTree(json);
        } catch (Exception e) {
            return false;
        }
        if (root == null || !root.isArray()) {
            return false;
        }
        for (JsonNode item : root) {
            if (item.isObject()) {
                String phrase = field(item, PHRASE_KEYS);
                String code = field(item, CODE_KEYS);
                pairs.add(new String[] {phrase == null ? "" : phrase.strip(), code == null || code.isBlank() ? null : code.strip()});
            } else if (item.isTextual()) {
                pairs.add(split(item.asText()));
            } else {
                return false;
            }
        }
        return true;
    }

    private static String field(JsonNode object, List<String> keys) {
        for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) object::fields) {
            if (keys.contains(e.getKey().toLowerCase(Locale.ROOT)) && e.getValue().isValueNode()) {
                return e.getValue().asText();
            }
        }
        return null;
    }

    /** "pleural effusion (J90)" into {"pleural effusion", "J90"}; a phrase alone into {phrase, null}. */
    static String[] split(String item) {
        String s = AnswerText.strip(item);
        for (Pattern p : new Pattern[] {TRAILING_CODE, SEPARATED_CODE}) {
            Matcher m = p.matcher(s);
            if (m.matches() && looksLikeCode(m.group(2))) {
                return new String[] {AnswerText.strip(m.group(1)), m.group(2)};
            }
        }
        Matcher m = LEADING_CODE.matcher(s);
        if (m.matches() && looksLikeCode(m.group(1))) {
            return new String[] {AnswerText.strip(m.group(2)), m.group(1)};
        }
        return new String[] {s, null};
    }

    /** A code has a digit in its second place and is not a vertebra or rib level such as T12 or L1. */
    private static boolean looksLikeCode(String code) {
        return code.replace(".", "").length() >= 3;
    }

    private static void addReasonCodes(String rest, List<String[]> pairs) {
        Map<String, String> byPhrase = new LinkedHashMap<>();
        Matcher m = REASON_PAIR.matcher(rest);
        while (m.find()) {
            byPhrase.put(m.group(1).strip().toLowerCase(Locale.ROOT), m.group(2));
        }
        for (String[] pair : pairs) {
            if (pair[1] == null) {
                pair[1] = byPhrase.get(pair[0].toLowerCase(Locale.ROOT));
            }
        }
    }

    private OpenEndedAnswer resolve(List<String[]> pairs) {
        Map<String, Concept> byCode = new LinkedHashMap<>();
        List<AnswerFlag> flags = new ArrayList<>();
        for (String[] pair : pairs) {
            String phrase = pair[0];
            String code = pair[1];
            if (phrase.isEmpty() && code == null) {
                continue;
            }
            if (code != null) {
                String normalized;
                try {
                    normalized = Icd10.normalize(code);
                } catch (IllegalArgumentException e) {
                    flags.add(new AnswerFlag(code, "invalid ICD-10-CM code"));
                    mapPhrase(phrase, byCode, flags);
                    continue;
                }
                if (catalog.entry(normalized).isEmpty()) {
                    flags.add(new AnswerFlag(normalized, "unknown ICD-10-CM code"));
                    mapPhrase(phrase, byCode, flags);
                    continue;
                }
                byCode.putIfAbsent(normalized, new Concept(normalized, phrase, null));
            } else {
                mapPhrase(phrase, byCode, flags);
            }
        }
        return new OpenEndedAnswer(new ArrayList<>(byCode.values()), flags, Optional.empty());
    }

    private void mapPhrase(String phrase, Map<String, Concept> byCode, List<AnswerFlag> flags) {
        if (phrase.isBlank()) {
            return;
        }
        ConceptSet found = extractor.extract(new Report("answer", phrase, List.of(), null, null));
        if (found.concepts().isEmpty()) {
            flags.add(new AnswerFlag(phrase, "no ICD-10-CM code for the phrase"));
            return;
        }
        for (Concept c : found.concepts()) {
            flags.add(new AnswerFlag(phrase, "mapped to " + c.code() + " by the concept extractor"));
            byCode.putIfAbsent(c.code(), new Concept(c.code(), phrase, null));
        }
    }

    private static OpenEndedAnswer failed(String raw, String reason) {
        return new OpenEndedAnswer(List.of(), List.of(), Optional.of(new ParseFailure(LlmTask.OPEN_ENDED, reason, raw)));
    }
}
