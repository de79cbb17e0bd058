package org.radcurate.labeling.llm;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.radcurate.domain.Concept;
import org.radcurate.domain.ConceptSet;
import org.radcurate.domain.Finding;
import org.radcurate.domain.MentionState;
import org.radcurate.domain.Report;
import org.radcurate.domain.Schema;

/**
 * Renders templates into chat requests, and labels back into the answer a template asks for (the
 * output side of a student's instruction example). {@link AnswerParser} reads every answer written
 * here back to the same labels and codes.
 */
public final class Prompts {
    /** The CheXpert catch-all that multiple choice never offers: it follows from the other findings. */
    public static final String NO_FINDING = "No Finding";
    /** The finding that does not count against {@link #NO_FINDING} (CheXpert's rule). */
    static final String SUPPORT_DEVICES = "Support Devices";

    private Prompts() {}

    /** The findings multiple choice offers: every finding of the schema except No Finding. */
    public static List<Finding> candidates(Schema schema) {
        return schema.findings().stream().filter(f -> !f.name().equals(NO_FINDING)).toList();
    }

    /** {@code ['Atelectasis', 'Cardiomegaly', ...]}: the candidates' display names as the study wrote them. */
    public static String candidateList(Schema schema) {
        List<String> names = new ArrayList<>();
        candidates(schema).forEach(f -> names.add("'" + f.displayName() + "'"));
        return "[" + String.join(", ", names) + "]";
    }

    /** The instruction with the schema's candidates filled in. */
    public static String instruction(PromptTemplate template, Schema schema) {
        return template.instruction().replace(PromptTemplate.FINDINGS, candidateList(schema));
    }

    /** The input with the report text filled in. */
    public static String input(PromptTemplate template, Report report) {
        return template.input().replace(PromptTemplate.REPORT, report.text().strip());
    }

    /** The chat request for one report: the system message (when the template has one) and the user message. */
    public static List<ChatMessage> render(Report report, Schema schema, PromptTemplate template) {
        List<ChatMessage> out = new ArrayList<>(2);
        if (!template.system().isBlank()) {
            out.add(ChatMessage.system(template.system()));
        }
        String instruction = instruction(template, schema);
        String input = input(template, report);
        out.add(ChatMessage.user(instruction.isBlank() ? input : instruction + "\n\n" + input));
        return List.copyOf(out);
    }

    /**
     * What caches and sources record as the prompt's version: the template key plus a fingerprint of
     * the candidate list, so a schema edit never reuses answers to the old list.
     */
    public static String version(PromptTemplate template, Schema schema) {
        return template.key() + " " + schema.name() + "#" + sha(instruction(template, schema)).substring(0, 8);
    }

    /** SHA-256 of a text in hex (report text hashes for the cache). */
    public static String sha(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The multiple-choice answer for labels: {@code [Cardiomegaly, Pleural Effusion]} with the
     * positive candidates in schema order, or {@code Normal}. Uncertain findings are left out, as the
     * study's prompt asks.
     */
    public static String multipleChoiceAnswer(Schema schema, Map<String, MentionState> states) {
        List<String> present = new ArrayList<>();
        for (Finding f : candidates(schema)) {
            if (states.get(f.name()) == MentionState.POSITIVE) {
                present.add(f.displayName());
            }
        }
        return present.isEmpty() ? "Normal" : "[" + String.join(", ", present) + "]";
    }

    /** The open-ended answer for a concept set: {@code [{"phrase": "...", "code": "J90"}, ...]}. */
    public static String openEndedAnswer(ConceptSet concepts) {
        StringBuilder b = new StringBuilder("[");
        for (Concept c : concepts.concepts()) {
            if (b.length() > 1) {
                b.append(", ");
            }
            b.append("{\"phrase\": \"").append(jsonEscape(c.phrase())).append("\", \"code\": \"").append(c.code())
                    .append("\"}");
        }
        return b.append(']').toString();
    }

    private static String jsonEscape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        b.append(String.format("\\u%04x", (int) ch));
                    } else {
                        b.append(ch);
                    }
                }
            }
        }
        return b.toString();
    }
}
