package org.radcurate.service;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.radcurate.domain.ConceptSet;
import org.radcurate.domain.Finding;
import org.radcurate.domain.Label;
import org.radcurate.domain.LlmAnswerRecord;
import org.radcurate.domain.LlmCacheKey;
import org.radcurate.domain.LlmCachedAnswer;
import org.radcurate.domain.LlmSourceInfo;
import org.radcurate.domain.Progress;
import org.radcurate.domain.ProgressDetail;
import org.radcurate.domain.ProgressListener;
import org.radcurate.domain.Report;
import org.radcurate.domain.Source;
import org.radcurate.domain.SourceKind;
import org.radcurate.labeling.llm.AnswerFlag;
import org.radcurate.labeling.llm.AnswerParser;
import org.radcurate.labeling.llm.ChatMessage;
import org.radcurate.labeling.llm.LlmClient;
import org.radcurate.labeling.llm.LlmTask;
import org.radcurate.labeling.llm.MultipleChoiceAnswer;
import org.radcurate.labeling.llm.OpenEndedAnswer;
import org.radcurate.labeling.llm.PromptTemplate;
import org.radcurate.labeling.llm.PromptTemplates;
import org.radcurate.labeling.llm.Prompts;
import org.radcurate.persistence.Workspace;

/**
 * Runs an LLM teacher over a workspace. Every answer is committed with its cache entry in batches as
 * it arrives, so a cancelled or crashed run loses at most the requests in flight, and the next run
 * asks only for reports whose (endpoint, model, prompt version, text hash) has no cached answer.
 * Each task's labels go to their own teacher source, stored with the template that made them and
 * every raw answer; answers that cannot be read are kept and counted, and give no labels.
 */
public final class LlmLabelService {
    private static final int PAGE = 256;

    private LlmLabelService() {}

    /** What a run did, per task and in total. */
    public record Result(List<String> sources, long reports, long asked, long fromCache, long parseFailures,
            long requestFailures, long promptTokens, long completionTokens, double cost) {
        public String describe() {
            return String.format(Locale.ROOT, "%s: %d reports, %d asked, %d from the cache, %d answers could not be read, "
                    + "%d requests failed; %d prompt + %d completion tokens%s", String.join(", ", sources), reports, asked,
                    fromCache, parseFailures, requestFailures, promptTokens, completionTokens,
                    cost > 0 ? String.format(Locale.ROOT, ", cost %.4f", cost) : "");
        }
    }

    /** Before a run: how many reports need asking, roughly how many prompt tokens, and the most it can cost. */
    public record Estimate(long reports, long cached, long toAsk, long promptTokens, long maxCompletionTokens, double maxCost) {
        public String describe() {
            return String.format(Locale.ROOT, "%d reports x tasks: %d cached, %d to ask; about %d prompt tokens and at most "
                    + "%d completion tokens%s", reports, cached, toAsk, promptTokens, maxCompletionTokens,
                    maxCost > 0 ? String.format(Locale.ROOT, ", at most %.4f", maxCost) : "");
        }
    }

    /** Counts what a run would ask for (no network). Prompt tokens are estimated as characters / 4. */
    public static Estimate estimate(WorkspaceSession session, LlmRun run) {
        Workspace ws = session.workspace();
        long reports = 0;
        long cached = 0;
        long chars = 0;
        for (LlmTask task : run.tasks()) {
            PromptTemplate t = run.template(task);
            String version = Prompts.version(t, run.schema());
            Map<String, LlmCachedAnswer> hits = ws.llm().cachedFor(run.endpoint().url(), run.model(), version);
            int instruction = Prompts.instruction(t, run.schema()).length() + t.system().length() + t.input().length();
            for (String id : ws.reports().ids()) {
                Report r = ws.reports().find(id).orElseThrow();
                reports++;
                if (hits.containsKey(Prompts.sha(r.text()))) {
                    cached++;
                } else {
                    chars += instruction + r.text().length();
                }
            }
        }
        long toAsk = reports - cached;
        long prompt = chars / 4;
        long completion = toAsk * run.settings().maxTokens();
        return new Estimate(reports, cached, toAsk, prompt, completion, run.pricing().cost(prompt, completion));
    }

    /** The exact requests (one per task) for one report. */
    public static String dryRun(LlmRun run, Report report) {
        StringBuilder b = new StringBuilder();
        run.tasks().forEach(t -> b.append(dryRun(run, t, report)));
        return b.toString();
    }

    /** The exact request for one report: URL, headers (the key masked) and body. */
    public static String dryRun(LlmRun run, LlmTask task, Report report) {
        LlmClient client = new LlmClient(run.endpoint(), run.model(), run.key(), run.settings());
        List<ChatMessage> messages = Prompts.render(report, run.schema(), run.template(task));
        return "POST " + run.endpoint().resolve("chat/completions") + "\n"
                + "Content-Type: application/json\n"
                + (run.key().present() ? "Authorization: Bearer *** (" + run.key().description() + ")\n" : "")
                + "\n" + client.requestBody(messages) + "\n";
    }

    /** The server's models ({@code /v1/models}); the spec's model may be blank. */
    public static List<String> models(LlmSpec spec) throws IOException, InterruptedException {
        LlmRun run = LlmRun.from(new LlmSpec(spec.endpoint(), "-", spec.keyEnv(), spec.keyFile(), "mc", List.of(),
                Math.max(1, spec.concurrency()), spec.timeoutSeconds(), spec.retries(), Math.max(1, spec.maxTokens()),
                spec.temperature(), spec.seed(), 0, 0), org.radcurate.domain.BuiltInSchemas.CHEXPERT14);
        return new LlmClient(run.endpoint(), run.model(), run.key(), run.settings()).models();
    }

    /** A built-in template as a template file, to edit and pass back with a spec. */
    public static String builtInTemplate(org.radcurate.domain.Schema schema, String task) {
        LlmTask t = LlmTask.parse(task).orElseThrow(() -> new IllegalArgumentException("unknown task '" + task + "'; use mc or open"));
        return PromptTemplates.toJson(PromptTemplates.builtIn(schema, t));
    }

    public static Result labelWorkspace(WorkspaceSession session, LlmRun run, ProgressListener progress,
            BooleanSupplier cancelled) throws IOException, InterruptedException {
        return labelWorkspace(session.workspace(), run, new LlmClient(run.endpoint(), run.model(), run.key(), run.settings()),
                progress, cancelled);
    }

    static Result labelWorkspace(Workspace ws, LlmRun run, LlmClient client, ProgressListener progress,
            BooleanSupplier cancelled) throws IOException, InterruptedException {
        LlmConsentService.require(ws, run.endpoint());
        AnswerParser parser = AnswerParser.forSchema(run.schema());
        List<String> ids = ws.reports().ids();
        long total = (long) ids.size() * run.tasks().size();
        Tally tally = new Tally(total, run, client);
        List<String> sources = new ArrayList<>();
        for (LlmTask task : run.tasks()) {
            PromptTemplate template = run.template(task);
            String version = Prompts.version(template, run.schema());
            Source[] source = {null};
            Iterator<LlmPipeline.Job> jobs = jobs(ws, ids, run, version);
            try {
                List<String> order = run.schema().findings().stream().map(Finding::name).toList();
                LlmPipeline.run(jobs, client, r -> Prompts.render(r, run.schema(), template),
                        (r, answer) -> Interpreted.of(parser, task, r.id(), answer, order), batch -> {
                    ws.transaction(() -> {
                        if (source[0] == null && batch.stream().anyMatch(o -> o.error() == null)) {
                            source[0] = source(ws, run, task, template, version);
                        }
                        store(ws, source[0], run, version, batch, tally);
                    });
                    progress.onProgress(tally.progress());
                }, cancelled);
                if (source[0] != null) {
                    sources.add(source[0].name());
                }
            } catch (CancellationException e) {
                throw new CancellationException("cancelled after " + tally.done + " of " + total + " reports; the "
                        + tally.done + " answers so far are kept, and running again asks only for the rest");
            }
        }
        return tally.result(sources);
    }

    /** The task's teacher source, created on its first answer, with the template that makes it. */
    private static Source source(Workspace ws, LlmRun run, LlmTask task, PromptTemplate template, String version) {
        Source s = ws.sources().findOrCreate(run.sourceName(task), SourceKind.TEACHER, run.schema().name(),
                run.model() + " at " + run.endpoint().url() + ", " + template.key());
        ws.llm().putSource(new LlmSourceInfo(s.id(), run.endpoint().url(), run.model(), task.code(), version,
                PromptTemplates.toJson(template), settingsJson(run), Instant.now()));
        return s;
    }

    /** The jobs of a task, read a page of reports and their cache entries at a time. */
    private static Iterator<LlmPipeline.Job> jobs(Workspace ws, List<String> ids, LlmRun run, String version) {
        return new Iterator<>() {
            private final java.util.ArrayDeque<LlmPipeline.Job> page = new java.util.ArrayDeque<>();
            private int next;

            @Override
            public boolean hasNext() {
                return !page.isEmpty() || next < ids.size();
            }

            @Override
            public LlmPipeline.Job next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                if (page.isEmpty()) {
                    List<Report> reports = ws.reports().findAll(ids.subList(next, Math.min(ids.size(), next + PAGE)));
                    next = Math.min(ids.size(), next + PAGE);
                    List<String> hashes = reports.stream().map(r -> Prompts.sha(r.text())).toList();
                    Map<String, LlmCachedAnswer> cached = ws.llm().cachedAmong(run.endpoint().url(), run.model(), version, hashes);
                    for (int i = 0; i < reports.size(); i++) {
                        page.add(new LlmPipeline.Job(reports.get(i), hashes.get(i), cached.get(hashes.get(i))));
                    }
                }
                return page.poll();
            }
        };
    }

    /** What an answer says, read on the request's thread: labels or concepts, or why it could not be read. */
    record Interpreted(List<Label> labels, ConceptSet concepts, String failure, String flags) {
        static Interpreted of(AnswerParser parser, LlmTask task, String id, String answer, List<String> order) {
            if (task == LlmTask.MULTIPLE_CHOICE) {
                MultipleChoiceAnswer a = parser.parseMultipleChoice(answer);
                return new Interpreted(a.parsed() ? a.labels(id, order) : List.of(), null,
                        a.failure().map(f -> f.reason()).orElse(""), flagText(a.flags()));
            }
            OpenEndedAnswer a = parser.parseOpenEnded(answer);
            return new Interpreted(List.of(), a.parsed() ? new ConceptSet(id, a.concepts()) : null,
                    a.failure().map(f -> f.reason()).orElse(""), flagText(a.flags()));
        }
    }

    /** Writes a batch with one statement per table: cache entries, labels, concepts and raw answers. */
    private static void store(Workspace ws, Source source, LlmRun run, String version, List<LlmPipeline.Outcome> batch,
            Tally tally) {
        if (source == null) {
            batch.forEach(tally::count);
            return;
        }
        List<Map.Entry<LlmCacheKey, LlmCachedAnswer>> cache = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        List<LlmAnswerRecord> answers = new ArrayList<>();
        for (LlmPipeline.Outcome o : batch) {
            tally.count(o);
            if (o.error() != null) {
                continue;
            }
            String id = o.report().id();
            if (!o.fromCache()) {
                cache.add(Map.entry(new LlmCacheKey(run.endpoint().url(), run.model(), version, o.textHash()),
                        new LlmCachedAnswer(o.answer(), o.promptTokens(), o.completionTokens())));
            }
            Interpreted in = (Interpreted) o.interpreted();
            if (!in.failure().isEmpty()) {
                ws.labels().deleteForReport(source.id(), id);
                tally.parseFailures++;
            }
            labels.addAll(in.labels());
            if (in.concepts() != null) {
                ws.labels().putConcepts(source.id(), in.concepts());
            }
            answers.add(new LlmAnswerRecord(id, o.answer(), in.failure(), in.flags()));
        }
        ws.llm().putCachedAll(cache);
        ws.labels().putAll(source.id(), labels);
        ws.llm().putAnswers(source.id(), answers);
    }

    static String flagText(List<AnswerFlag> flags) {
        StringBuilder b = new StringBuilder();
        for (AnswerFlag f : flags) {
            b.append(b.length() > 0 ? "\n" : "").append(f.item()).append(": ").append(f.problem());
        }
        return b.toString();
    }

    static String settingsJson(LlmRun run) {
        return String.format(Locale.ROOT, "{\"temperature\": %s, \"seed\": %s, \"max_tokens\": %d}",
                run.settings().temperature(), run.settings().seed(), run.settings().maxTokens());
    }

    /** Counts over a run, with the ETA from the rate of reports asked so far. */
    static final class Tally {
        final long total;
        final LlmRun run;
        final LlmClient client;
        final long started = System.nanoTime();
        long done;
        long asked;
        long fromCache;
        long parseFailures;
        long requestFailures;
        long prompt;
        long completion;

        Tally(long total, LlmRun run, LlmClient client) {
            this.total = total;
            this.run = run;
            this.client = client;
        }

        void count(LlmPipeline.Outcome o) {
            done++;
            if (o.error() != null) {
                requestFailures++;
            } else if (o.fromCache()) {
                fromCache++;
            } else {
                asked++;
                prompt += o.promptTokens();
                completion += o.completionTokens();
            }
        }

        Progress progress() {
            double seconds = (System.nanoTime() - started) / 1e9;
            String eta = "";
            double rate = Double.NaN;
            if (asked > 0 && done < total) {
                rate = asked / seconds;
                eta = ", ETA " + format(Duration.ofSeconds(Math.round((total - done) / rate)));
            }
            String msg = String.format(Locale.ROOT, "%d of %d reports (%d from the cache), %d tokens, %d could not be read%s",
                    done, total, fromCache, prompt + completion, parseFailures, eta);
            ProgressDetail.LlmTally tally = new ProgressDetail.LlmTally(asked, fromCache, parseFailures, requestFailures,
                    prompt, completion, run.pricing().cost(prompt, completion), rate);
            return new Progress(done, total, msg, tally);
        }

        Result result(List<String> sources) {
            return new Result(sources, total, asked, fromCache, parseFailures, requestFailures, prompt, completion,
                    run.pricing().cost(prompt, completion));
        }

        static String format(Duration d) {
            long s = d.getSeconds();
            return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                    : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
        }
    }
}
