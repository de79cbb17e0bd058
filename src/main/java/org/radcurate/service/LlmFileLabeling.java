package org.radcurate.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.radcurate.domain.Concept;
import org.radcurate.domain.Finding;
import org.radcurate.domain.Label;
import org.radcurate.domain.ProgressListener;
import org.radcurate.domain.Report;
import org.radcurate.domain.ReportLayout;
import org.radcurate.labeling.llm.AnswerParser;
import org.radcurate.labeling.llm.LlmClient;
import org.radcurate.labeling.llm.LlmTask;
import org.radcurate.labeling.llm.MultipleChoiceAnswer;
import org.radcurate.labeling.llm.OpenEndedAnswer;
import org.radcurate.labeling.llm.PromptTemplate;
import org.radcurate.labeling.llm.Prompts;

/**
 * An LLM teacher file to file: reports in, one JSONL line per report out, in input order, in the
 * label JSONL layout that {@code import --source} reads ({@code labels}, {@code icd10}) plus an
 * {@code llm} object with each task's raw answer and parse failure. There is no workspace, so no
 * cache and no stored consent: a non-local endpoint must be allowed for the run itself.
 */
public final class LlmFileLabeling {
    private static final ObjectMapper JSON = new ObjectMapper();

    private LlmFileLabeling() {}

    public static LlmLabelService.Result labelFile(Path in, ReportLayout layout, LlmRun run, Path out, boolean allowRemote,
            ProgressListener progress, BooleanSupplier cancelled) throws IOException, InterruptedException {
        if (!run.endpoint().loopback() && !allowRemote) {
            throw new LlmConsentService.ConsentRequiredException("report text would leave this machine for "
                    + run.endpoint().url() + "; pass --allow-remote to allow it for this run (a workspace keeps the "
                    + "permission instead: 'llm consent -w WORKSPACE --grant URL')");
        }
        List<Report> reports = LabelService.readAll(in, layout);
        Map<String, ObjectNode> lines = new LinkedHashMap<>();
        for (Report r : reports) {
            ObjectNode node = JSON.createObjectNode();
            node.put("id", r.id());
            lines.put(r.id(), node);
        }
        AnswerParser parser = AnswerParser.forSchema(run.schema());
        LlmClient client = new LlmClient(run.endpoint(), run.model(), run.key(), run.settings());
        LlmLabelService.Tally tally = new LlmLabelService.Tally((long) reports.size() * run.tasks().size(), run, client);
        List<String> findingOrder = run.schema().findings().stream().map(Finding::name).toList();
        for (LlmTask task : run.tasks()) {
            PromptTemplate template = run.template(task);
            List<LlmPipeline.Job> jobs = new ArrayList<>(reports.size());
            reports.forEach(r -> jobs.add(new LlmPipeline.Job(r, "", null)));
            try {
                LlmPipeline.run(jobs.iterator(), client, r -> Prompts.render(r, run.schema(), template), (r, a) -> null, batch -> {
                    batch.forEach(o -> {
                        tally.count(o);
                        ObjectNode node = lines.get(o.report().id());
                        ObjectNode llm = node.has("llm") ? (ObjectNode) node.get("llm") : node.putObject("llm");
                        ObjectNode t = llm.putObject(task.code());
                        if (o.error() != null) {
                            t.put("error", o.error().getMessage());
                            return;
                        }
                        t.put("answer", o.answer());
                        String failure = task == LlmTask.MULTIPLE_CHOICE ? writeLabels(node, parser.parseMultipleChoice(o.answer()),
                                o.report().id(), findingOrder) : writeConcepts(node, parser.parseOpenEnded(o.answer()));
                        if (!failure.isEmpty()) {
                            t.put("failure", failure);
                            tally.parseFailures++;
                        }
                    });
                    progress.onProgress(tally.progress());
                }, cancelled);
            } catch (CancellationException e) {
                throw new CancellationException("cancelled; " + out + " was not written");
            }
        }
        ExportService.writeAtomically(out, w -> {
            try {
                for (ObjectNode node : lines.values()) {
                    w.write(JSON.writeValueAsString(node));
                    w.write('\n');
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return tally.result(List.of(out.toString()));
    }

    private static String writeLabels(ObjectNode node, MultipleChoiceAnswer a, String id, List<String> order) {
        if (!a.parsed()) {
            return a.failure().get().reason();
        }
        ObjectNode labels = node.putObject("labels");
        for (Label l : a.labels(id, order)) {
            labels.put(l.finding(), l.state().name());
        }
        return "";
    }

    private static String writeConcepts(ObjectNode node, OpenEndedAnswer a) {
        if (!a.parsed()) {
            return a.failure().get().reason();
        }
        var codes = node.putArray("icd10");
        for (Concept c : a.concepts()) {
            codes.addObject().put("code", c.code()).put("phrase", c.phrase());
        }
        return "";
    }
}
