package org.radcurate.labeling.llm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.radcurate.domain.Finding;
import org.radcurate.domain.MentionState;
import org.radcurate.domain.Schema;
import org.radcurate.labeling.FindingSynonyms;

/**
 * Reads a multiple-choice answer. The list is the first bracketed list, else bullet lines, else the
 * first line split on commas. Each item names a candidate by name, display name, column or lexicon
 * synonym, in any case and spelling of spaces; an item that contains one name ("mild cardiomegaly")
 * counts for it. Listed means POSITIVE; a hedged item ("possible pneumonia") UNCERTAIN; a negated
 * one ("no pneumothorax") NEGATIVE; every other candidate NEGATIVE (the closed-set reading of the
 * study, where uncertain counts as negative). No Finding, when the schema has it, is POSITIVE exactly
 * when no candidate other than Support Devices is positive or uncertain.
 */
final class MultipleChoiceParser {
    private static final Pattern HEDGE = Pattern.compile(
            "(?i)^(?:possible|possibly|probable|probably|likely|questionable|suspected|suspicious for|"
                    + "cannot exclude|can't exclude|may represent|maybe|query|\\?)\\s+|\\s*\\?$|\\s*\\((?:possible|likely|uncertain)\\)$");
    private static final Pattern CAUTION = Pattern.compile(
            " (?:no|not|without|negative|free|resolved|possible|possibly|probable|likely|may|might|questionable|"
                    + "suspected|versus|vs|or|cannot|rule out|excluded|unlikely) ");
    private static final Pattern NEGATION = Pattern.compile("(?i)^(?:no|not|without|negative for|absent)\\s+");

    private final Schema schema;
    private final List<Finding> candidates;
    private final Map<String, Set<String>> synonyms;

    MultipleChoiceParser(Schema schema, Map<String, Set<String>> synonyms) {
        this.schema = schema;
        this.candidates = Prompts.candidates(schema);
        this.synonyms = synonyms;
    }

    MultipleChoiceAnswer parse(String raw) {
        String text = AnswerText.clean(raw);
        String body = AnswerText.bracketed(text);
        List<String> bullets = body == null ? AnswerText.bullets(text) : List.of();
        boolean realList = body != null || !bullets.isEmpty();
        List<String> items = body != null ? AnswerText.items(body) : realList ? bullets : firstLineItems(text);
        if (items == null) {
            return failed(raw, text.isEmpty() ? "empty answer" : "no list of findings and no Normal");
        }
        Map<String, MentionState> listed = new LinkedHashMap<>();
        List<AnswerFlag> flags = new ArrayList<>();
        boolean saidNothing = items != null && items.isEmpty();
        for (String item : items) {
            if (AnswerText.saysNothing(item) || item.equalsIgnoreCase(Prompts.NO_FINDING)) {
                saidNothing = true;
                continue;
            }
            MentionState state = MentionState.POSITIVE;
            String name = item;
            if (HEDGE.matcher(name).find()) {
                state = MentionState.UNCERTAIN;
                name = HEDGE.matcher(name).replaceAll("").strip();
            } else if (NEGATION.matcher(name).find()) {
                state = MentionState.NEGATIVE;
                name = NEGATION.matcher(name).replaceFirst("").strip();
            }
            Optional<String> finding = match(name, realList);
            if (finding.isEmpty()) {
                flags.add(new AnswerFlag(item, "names no finding of " + schema.name()));
                continue;
            }
            MentionState before = listed.get(finding.get());
            if (before == null || state.strength() > before.strength()) {
                listed.put(finding.get(), state);
            }
        }
        if (listed.isEmpty() && !saidNothing) {
            return failed(raw, "no item names a finding of " + schema.name() + ": " + String.join(", ", items));
        }
        if (saidNothing && !listed.isEmpty()) {
            flags.add(new AnswerFlag("Normal", "listed with findings; the findings were kept"));
        }
        Map<String, MentionState> states = new LinkedHashMap<>();
        boolean pathology = false;
        for (Finding f : candidates) {
            MentionState s = listed.getOrDefault(f.name(), MentionState.NEGATIVE);
            states.put(f.name(), s);
            if (!f.name().equals(Prompts.SUPPORT_DEVICES) && (s == MentionState.POSITIVE || s == MentionState.UNCERTAIN)) {
                pathology = true;
            }
        }
        if (schema.finding(Prompts.NO_FINDING).isPresent()) {
            states.put(Prompts.NO_FINDING, pathology ? MentionState.NEGATIVE : MentionState.POSITIVE);
        }
        return new MultipleChoiceAnswer(states, flags, Optional.empty());
    }

    /** The first line's comma-separated items, or null when the answer has no text. */
    private static List<String> firstLineItems(String text) {
        String first = AnswerText.firstLine(text);
        if (first.isEmpty()) {
            return null;
        }
        List<String> items = new ArrayList<>();
        for (String part : first.split(",|;|\\band\\b")) {
            String item = AnswerText.strip(part);
            if (!item.isEmpty()) {
                items.add(item);
            }
        }
        return items;
    }

    /**
     * The candidate an item names: exactly, else (for items of a real list) the one whose longest
     * name the item contains, unless the item also holds a negation or hedge word. Prose on a first
     * line ("there is no pneumothorax") is only ever matched exactly.
     */
    Optional<String> match(String item, boolean containment) {
        String c = FindingSynonyms.canonical(item);
        for (String variant : new String[] {c, c.endsWith("s") ? c.substring(0, c.length() - 1) : c}) {
            for (Finding f : candidates) {
                if (synonyms.get(f.name()).contains(variant)) {
                    return Optional.of(f.name());
                }
            }
        }
        String padded = " " + c + " ";
        if (!containment || CAUTION.matcher(padded).find()) {
            return Optional.empty();
        }
        String best = null;
        int bestLength = 0;
        boolean tie = false;
        for (Finding f : candidates) {
            for (String name : synonyms.get(f.name())) {
                if (name.length() >= bestLength && padded.contains(" " + name + " ")) {
                    if (name.length() > bestLength) {
                        best = f.name();
                        bestLength = name.length();
                        tie = false;
                    } else if (!f.name().equals(best)) {
                        tie = true;
                    }
                }
            }
        }
        return best == null || tie ? Optional.empty() : Optional.of(best);
    }


    private static MultipleChoiceAnswer failed(String raw, String reason) {
        return new MultipleChoiceAnswer(Map.of(), List.of(),
                Optional.of(new ParseFailure(LlmTask.MULTIPLE_CHOICE, reason, raw)));
    }
}
