package org.radcurate.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.radcurate.domain.ScoringScope;
import org.radcurate.domain.Split;
import org.radcurate.domain.UncertaintyPolicy;
import org.radcurate.service.EvaluationService;
import org.radcurate.service.OutputFiles;
import org.radcurate.service.Schemas;
import org.radcurate.service.WorkspaceSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Score sources against gold: precision, recall and F1 per finding, micro and macro, with "
                + "bootstrap 95%% intervals; with two or more sources, a paired test of \"the last beats the first\".",
                "File to file: --gold GOLD.csv --pred A.csv [--pred B.csv ...]. In a workspace: --workspace W "
                        + "--gold-set NAME[@VERSION] --source A --source B (the evaluation is stored)."})
final class EvalCommand implements Callable<Integer>, ReadsWhileInUse {
    @Spec
    CommandSpec spec;

    @Option(names = "--gold", paramLabel = "FILE", description = "Gold labels (label CSV, NIH gold layout, or JSONL).")
    Path gold;

    @Option(names = "--pred", paramLabel = "FILE", description = "Predicted labels; repeatable.")
    List<Path> preds = new ArrayList<>();

    @Option(names = {"-w", "--workspace"}, paramLabel = "FILE", description = "Evaluate inside this workspace.")
    Path workspace;

    @Option(names = "--gold-set", paramLabel = "NAME[@V]", description = "Frozen gold set (latest version when none given).")
    String goldSet;

    @Option(names = "--source", paramLabel = "NAME", description = "Workspace source to score; repeatable.")
    List<String> sources = new ArrayList<>();

    @Option(names = "--split", paramLabel = "SPLIT", description = "Only reports of this split: train, dev, test.")
    String split;

    @Option(names = "--schema", defaultValue = "chexpert14", paramLabel = "NAME",
            description = "Schema of the files (default ${DEFAULT-VALUE}).")
    String schema;

    @Option(names = "--task", defaultValue = "labels", paramLabel = "TASK",
            description = "labels (every finding) or mc (the study's 13 findings plus Normal; chexpert14).")
    String task;

    @Option(names = "--policy", defaultValue = "u-zeros", paramLabel = "POLICY",
            description = "Uncertain as negative (u-zeros, default), positive (u-ones), or left out (u-ignore).")
    String policy;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT", description = "json, table, csv or html.")
    String format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to this file instead of standard output.")
    Path out;

    @Option(names = "--resamples", defaultValue = "1000", description = "Bootstrap resamples (default ${DEFAULT-VALUE}; 0 = none).")
    int resamples;

    @Option(names = "--seed", defaultValue = "42", description = "Bootstrap seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--read-only", description = "With --workspace: read it without taking the writer's lock and "
            + "do not store the evaluation (works while the app has the workspace open).")
    boolean readOnly;

    @Option(names = "--teacher", paramLabel = "NAME", description = "The paired test's teacher: a --source, or a "
            + "--pred file's name without extension (default: the first).")
    String teacher;

    @Option(names = "--student", paramLabel = "NAME", description = "The paired test's student, asked whether it "
            + "beats the teacher (default: the last).")
    String student;

    @Option(names = "--scope", defaultValue = "all", paramLabel = "SCOPE", description = "Which gold reports each "
            + "source is scored on: all (default; a gold report it did not label counts as not mentioned) or "
            + "labelled (only those it labelled; the paired test on those both labelled), as the Compare screen.")
    String scope;

    @Override
    public String readOnlyHint() {
        return "Run eval again with --read-only to score it without storing the evaluation, or close it there "
                + "first to store it.";
    }

    @Override
    public Integer call() throws Exception {
        if (resamples < 0) {
            throw new IllegalArgumentException("--resamples must be 0 (none) or more, not " + resamples);
        }
        UncertaintyPolicy p = UncertaintyPolicy.parse(policy).orElseThrow(() ->
                new IllegalArgumentException("unknown policy '" + policy + "'; use u-zeros, u-ones or u-ignore"));
        EvaluationService.Task t = EvaluationService.Task.parse(task);
        ScoringScope sc = ScoringScope.parse(scope);
        EvaluationService.Rendered c;
        if (workspace != null) {
            if (goldSet == null || sources.isEmpty()) {
                throw new IllegalArgumentException("with --workspace give --gold-set and at least one --source");
            }
            Split s = split == null ? null : Split.parse(split).orElseThrow(() ->
                    new IllegalArgumentException("unknown split '" + split + "'"));
            if (readOnly) {
                // what the in-use message offers: read while another window or process writes
                try (WorkspaceSession ws = WorkspaceSession.openReadOnly(workspace)) {
                    c = EvaluationService.renderWorkspaceUnstored(ws, goldSet, sources, s, p, resamples, seed, t,
                            format, teacher, student, sc);
                }
            } else {
                try (CommandWorkspace cw = CommandWorkspace.open(workspace)) {
                    WorkspaceSession ws = cw.session();
                    c = EvaluationService.renderWorkspace(ws, goldSet, sources, s, p, resamples, seed, t, format,
                            teacher, student, sc);
                }
            }
        } else {
            if (gold == null || preds.isEmpty()) {
                throw new IllegalArgumentException("give --gold FILE and at least one --pred FILE (or --workspace)");
            }
            c = EvaluationService.renderFiles(gold, preds, Schemas.require(schema), p, resamples, seed, t, format,
                    teacher, student, sc);
        }
        String text = c.text();
        if (out != null) {
            List<Path> inputs = new ArrayList<>(preds);
            inputs.add(gold);
            inputs.add(workspace);
            OutputFiles.writeString(out, text, inputs.toArray(Path[]::new));
            spec.commandLine().getOut().println(out + ": " + c.sources() + " sources against " + c.gold());
        } else {
            spec.commandLine().getOut().print(text.endsWith("\n") ? text : text + "\n");
            spec.commandLine().getOut().flush();
        }
        return 0;
    }
}
