package org.radcurate.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.radcurate.domain.Concept;
import org.radcurate.domain.ConceptSet;
import org.radcurate.domain.Evidence;
import org.radcurate.domain.Finding;
import org.radcurate.domain.Label;
import org.radcurate.domain.MentionState;
import org.radcurate.domain.Schema;

/**
 * Writes one source's labels per report: CheXpert-style CSV ({@code id} plus one column per
 * finding holding 1, 0, -1 or blank) or JSONL with states, probabilities, evidence and codes.
 */
public final class LabelWriters {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Writes one report's labels. */
    public interface Sink extends AutoCloseable {
        void write(String reportId, List<Label> labels, ConceptSet concepts);

        @Override
        void close() throws IOException;
    }

    private LabelWriters() {}

    public static Sink csv(Writer out, Schema schema) throws IOException {
        List<String> header = new ArrayList<>();
        header.add("id");
        header.addAll(schema.csvColumns());
        CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get().print(out);
        return new Sink() {
            @Override
            public void write(String reportId, List<Label> labels, ConceptSet concepts) {
                Map<String, MentionState> byFinding = new HashMap<>();
                labels.forEach(l -> byFinding.put(l.finding(), l.state()));
                List<String> row = new ArrayList<>();
                row.add(reportId);
                for (Finding f : schema.findings()) {
                    row.add(byFinding.getOrDefault(f.name(), MentionState.ABSENT).csvCode());
                }
                try {
                    printer.printRecord(row);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public void close() throws IOException {
                printer.flush();
            }
        };
    }

    public static Sink jsonl(Writer out) {
        return new Sink() {
            @Override
            public void write(String reportId, List<Label> labels, ConceptSet concepts) {
                ObjectNode node = JSON.createObjectNode();
                node.put("id", reportId);
                ObjectNode states = node.putObject("labels");
                for (Label l : labels) {
                    ObjectNode v = states.putObject(l.finding());
                    v.put("state", l.state().name());
                    if (l.probability() != null) {
                        v.put("probability", l.probability());
                    }
                    if (!l.evidence().isEmpty()) {
                        ArrayNode ev = v.putArray("evidence");
                        l.evidence().forEach(e -> ev.add(evidence(e)));
                    }
                }
                if (concepts != null && !concepts.concepts().isEmpty()) {
                    ArrayNode codes = node.putArray("icd10");
                    for (Concept c : concepts.concepts()) {
                        ObjectNode cn = codes.addObject().put("code", c.code()).put("phrase", c.phrase());
                        if (c.evidence() != null) {
                            cn.set("evidence", evidence(c.evidence()));
                        }
                    }
                }
                try {
                    out.write(JSON.writeValueAsString(node));
                    out.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public void close() throws IOException {
                out.flush();
            }
        };
    }

    static ObjectNode evidence(Evidence e) {
        ObjectNode n = JSON.createObjectNode();
        n.putArray("sentence").add(e.sentenceStart()).add(e.sentenceEnd());
        n.putArray("mention").add(e.mentionStart()).add(e.mentionEnd());
        if (e.hasCue()) {
            n.putArray("cue").add(e.cueStart()).add(e.cueEnd());
        }
        n.put("rule", e.rule());
        return n;
    }
}
