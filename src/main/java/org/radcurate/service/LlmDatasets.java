package org.radcurate.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.radcurate.domain.ConceptSet;
import org.radcurate.domain.MentionState;
import org.radcurate.domain.Report;
import org.radcurate.domain.Schema;
import org.radcurate.domain.Source;
import org.radcurate.domain.Split;
import org.radcurate.labeling.llm.ChatMessage;
import org.radcurate.labeling.llm.LlmTask;
import org.radcurate.labeling.llm.PromptTemplate;
import org.radcurate.labeling.llm.PromptTemplates;
import org.radcurate.labeling.llm.Prompts;
import org.radcurate.persistence.Workspace;

/**
 * Instruction datasets for an LLM student: from a source's labels (any teacher, or gold) on a split,
 * the multiple-choice and open-ended records with the LLM teacher's templates, mixed jointly by
 * counts and shuffled with a seed, written as Alpaca JSON ({@code NAME.alpaca.json}: instruction,
 * input, output, plus id and task), as chat JSONL ({@code NAME.chat.jsonl}: messages) and with a
 * manifest ({@code NAME.dataset.json}: source, split, template versions, counts, seed).
 */
public final class LlmDatasets {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectMapper LINE = new ObjectMapper();

    /**
     * What to build: the source's name, the split (null: every report), how many open-ended and
     * multiple-choice records (-1: one per labelled report, 0: none), the seed, the folder and name.
     */
    public record Request(String source, Split split, int openEnded, int multipleChoice, long seed, Path outDir,
            String name) {}

    /** One instruction record, before it is written in either layout. */
    public record Example(String reportId, LlmTask task, String system, String instruction, String input, String output) {}

    /** The files written and what they hold. */
    public record Built(Path alpaca, Path chat, Path manifest, int openEnded, int multipleChoice) {}

    private LlmDatasets() {}

    public static Built build(WorkspaceSession session, Request r) throws IOException {
        List<Example> examples = examples(session, r);
        Files.createDirectories(r.outDir());
        Path alpaca = r.outDir().resolve(r.name() + ".alpaca.json");
        Path chat = r.outDir().resolve(r.name() + ".chat.jsonl");
        Path manifest = r.outDir().resolve(r.name() + ".dataset.json");
        ArrayNode array = JSON.createArrayNode();
        for (Example e : examples) {
            array.add(alpacaRecord(e));
        }
        JSON.writeValue(alpaca.toFile(), array);
        try (BufferedWriter w = Files.newBufferedWriter(chat, StandardCharsets.UTF_8)) {
            for (Example e : examples) {
                w.write(LINE.writeValueAsString(chatRecord(e)));
                w.write('\n');
            }
        }
        int open = (int) examples.stream().filter(e -> e.task() == LlmTask.OPEN_ENDED).count();
        int mc = examples.size() - open;
        Schema schema = session.activeSchema();
        ObjectNode m = JSON.createObjectNode();
        m.put("name", r.name());
        m.put("source", r.source());
        m.put("schema", schema.name());
        m.put("split", r.split() == null ? "all" : r.split().key());
        m.put("seed", r.seed());
        ObjectNode counts = m.putObject("counts");
        counts.put("open", open);
        counts.put("mc", mc);
        counts.put("total", examples.size());
        ObjectNode templates = m.putObject("templates");
        templates.put("mc", Prompts.version(PromptTemplates.builtIn(schema, LlmTask.MULTIPLE_CHOICE), schema));
        templates.put("open", Prompts.version(PromptTemplates.builtIn(schema, LlmTask.OPEN_ENDED), schema));
        ObjectNode files = m.putObject("files");
        files.put("alpaca", alpaca.getFileName().toString());
        files.put("chat", chat.getFileName().toString());
        JSON.writeValue(manifest.toFile(), m);
        return new Built(alpaca, chat, manifest, open, mc);
    }

    /** The mixed, shuffled examples; exact for a workspace, source, split, counts and seed. */
    public static List<Example> examples(WorkspaceSession session, Request r) {
        Workspace ws = session.workspace();
        Schema schema = session.activeSchema();
        Source source = ws.sources().find(r.source()).orElseThrow(() -> new IllegalArgumentException(
                "no source '" + r.source() + "' in the workspace"));
        if (!source.schema().equals(schema.name())) {
            throw new IllegalArgumentException("source '" + source.name() + "' labels " + source.schema()
                    + "; the workspace's schema is " + schema.name());
        }
        Map<String, Map<String, MentionState>> states = ws.labels().states(source.id());
        Map<String, ConceptSet> concepts = ws.labels().conceptsBySource(source.id());
        List<Report> labelled = new ArrayList<>();
        for (Report rep : ws.reports().list(r.split())) {
            if (states.containsKey(rep.id())) {
                labelled.add(rep);
            }
        }
        String where = r.split() == null ? "" : " of split " + r.split().key();
        if (labelled.isEmpty()) {
            throw new IllegalArgumentException("source '" + source.name() + "' labels no report" + where);
        }
        PromptTemplate mcTemplate = PromptTemplates.builtIn(schema, LlmTask.MULTIPLE_CHOICE);
        PromptTemplate openTemplate = PromptTemplates.builtIn(schema, LlmTask.OPEN_ENDED);
        List<Example> out = new ArrayList<>();
        for (Report rep : pick(labelled, r.openEnded(), r.seed() + 1, "open-ended", source.name() + where)) {
            ConceptSet set = concepts.getOrDefault(rep.id(), new ConceptSet(rep.id(), List.of()));
            out.add(example(rep, schema, openTemplate, Prompts.openEndedAnswer(set)));
        }
        for (Report rep : pick(labelled, r.multipleChoice(), r.seed() + 2, "multiple-choice", source.name() + where)) {
            out.add(example(rep, schema, mcTemplate, Prompts.multipleChoiceAnswer(schema, states.get(rep.id()))));
        }
        Collections.shuffle(out, new Random(r.seed()));
        return out;
    }

    private static List<Report> pick(List<Report> labelled, int count, long seed, String task, String where) {
        if (count < 0) {
            return labelled;
        }
        if (count > labelled.size()) {
            throw new IllegalArgumentException("asked for " + count + " " + task + " records but source '" + where
                    + "' labels only " + labelled.size() + " reports");
        }
        List<Report> shuffled = new ArrayList<>(labelled);
        Collections.shuffle(shuffled, new Random(seed));
        Map<String, Integer> position = new java.util.HashMap<>();
        for (int i = 0; i < labelled.size(); i++) {
            position.put(labelled.get(i).id(), i);
        }
        List<Report> chosen = new ArrayList<>(shuffled.subList(0, count));
        chosen.sort(java.util.Comparator.comparingInt(rep -> position.get(rep.id())));
        return chosen;
    }

    static Example example(Report rep, Schema schema, PromptTemplate t, String output) {
        return new Example(rep.id(), t.task(), t.system(), Prompts.instruction(t, schema), Prompts.input(t, rep), output);
    }

    /** The prompt of an example without its answer (what {@code llm predict} sends the student). */
    public static Example prompt(Report rep, Schema schema, LlmTask task) {
        return example(rep, schema, PromptTemplates.builtIn(schema, task), null);
    }

    static ObjectNode alpacaRecord(Example e) {
        ObjectNode n = LINE.createObjectNode();
        n.put("instruction", e.instruction());
        n.put("input", e.input());
        if (e.output() != null) {
            n.put("output", e.output());
        }
        n.put("id", e.reportId());
        n.put("task", e.task().code());
        return n;
    }

    static ObjectNode chatRecord(Example e) {
        ObjectNode n = LINE.createObjectNode();
        n.put("id", e.reportId());
        n.put("task", e.task().code());
        ArrayNode messages = n.putArray("messages");
        List<ChatMessage> chat = new ArrayList<>(messages(e));
        if (e.output() != null) {
            chat.add(new ChatMessage("assistant", e.output()));
        }
        for (ChatMessage c : chat) {
            ObjectNode m = messages.addObject();
            m.put("role", c.role());
            m.put("content", c.content());
        }
        return n;
    }

    /** The prompt's chat messages (system, then the instruction and the report as the user's), as chat records hold them. */
    static List<ChatMessage> messages(Example e) {
        List<ChatMessage> chat = new ArrayList<>();
        if (!e.system().isBlank()) {
            chat.add(ChatMessage.system(e.system()));
        }
        chat.add(ChatMessage.user(e.instruction().isBlank() ? e.input() : e.instruction() + "\n\n" + e.input()));
        return chat;
    }

    /** Reads a dataset manifest back (for runs that record what they trained on). */
    public static Map<String, Object> manifest(Path file) throws IOException {
        @SuppressWarnings("unchecked")
        Map<String, Object> m = JSON.readValue(file.toFile(), LinkedHashMap.class);
        return m;
    }
}
