package org.radcurate.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.radcurate.domain.LlmConsent;
import org.radcurate.domain.Report;
import org.radcurate.domain.ReportLayout;
import org.radcurate.domain.Schema;
import org.radcurate.service.LabelService;
import org.radcurate.service.LlmConsentService;
import org.radcurate.service.LlmFileLabeling;
import org.radcurate.service.LlmLabelService;
import org.radcurate.service.LlmRun;
import org.radcurate.service.LlmSpec;
import org.radcurate.service.Schemas;
import org.radcurate.service.WorkspaceSession;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "llm", mixinStandardHelpOptions = true,
        description = "LLM teachers over an OpenAI-compatible API (vLLM, Ollama, llama.cpp server, a hosted API), "
                + "and LLM students: instruction datasets, LoRA fine-tuning with the bundled recipe, predictions.",
        subcommands = {LlmCommand.Label.class, LlmCommand.Models.class, LlmCommand.Consent.class, LlmCommand.Template.class,
            LlmStudentCommands.Dataset.class, LlmStudentCommands.Train.class, LlmStudentCommands.Predict.class,
            LlmStudentCommands.Score.class})
final class LlmCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "label", mixinStandardHelpOptions = true,
            description = {"Ask an LLM about every report of a workspace (--workspace), stored as one teacher source per task "
                    + "with its prompt and raw answers and cached per report, or file to file (--in, --out LABELS.jsonl).",
                "Report text goes to a non-local endpoint only after 'llm consent --grant' for the workspace, "
                    + "or with --allow-remote for a file."})
    static final class Label implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        LlmOptions llm;

        @Option(names = {"-w", "--workspace"}, paramLabel = "FILE", description = "Label every report of this workspace.")
        Path workspace;

        @Option(names = "--in", paramLabel = "FILE", description = "Reports to label (any layout import reads).")
        Path in;

        @Option(names = "--out", paramLabel = "FILE", description = "Label JSONL to write (labels, icd10 and the raw answers).")
        Path out;

        @Option(names = "--layout", paramLabel = "LAYOUT", description = "Input layout: csv, jsonl, txt, openi, mimic (detected when omitted).")
        String layout;

        @Option(names = "--model", required = true, paramLabel = "NAME", description = "The model name the server knows.")
        String model;

        @Option(names = "--task", defaultValue = "mc", paramLabel = "TASK",
                description = "mc (findings of the schema), open (ICD-10-CM concepts) or both (default ${DEFAULT-VALUE}).")
        String task;

        @Option(names = "--template", paramLabel = "FILE",
                description = "A prompt template file (JSON) replacing the built-in one for its task; repeatable. "
                        + "'llm template' prints a built-in one to start from.")
        List<Path> templates = new ArrayList<>();

        @Option(names = "--schema", paramLabel = "NAME",
                description = "Schema (default: the workspace's active schema, or chexpert14 for a file).")
        String schema;

        @Option(names = "--price-prompt", defaultValue = "0", paramLabel = "PRICE", description = "Price per million prompt tokens, for the cost.")
        double pricePrompt;

        @Option(names = "--price-completion", defaultValue = "0", paramLabel = "PRICE",
                description = "Price per million completion tokens, for the cost.")
        double priceCompletion;

        @Option(names = "--dry-run", description = "Print the exact request for the first report and send nothing "
                + "(a workspace is only read: this works while the app has it open).")
        boolean dryRun;

        @Option(names = "--estimate", description = "Print what a run would ask for and cost at most, and send "
                + "nothing (a workspace is only read, as with --dry-run).")
        boolean estimate;

        @Option(names = "--allow-remote", description = "File to file: allow report text to go to a non-local endpoint for this run.")
        boolean allowRemote;

        @Override
        public Integer call() throws Exception {
            if ((workspace == null) == (in == null)) {
                throw new IllegalArgumentException("give either --in FILE --out FILE, or --workspace FILE");
            }
            if (in != null && out == null && !dryRun) {
                throw new IllegalArgumentException("--in needs --out");
            }
            PrintWriter stdout = spec.commandLine().getOut();
            ProgressPrinter progress = new ProgressPrinter(spec.commandLine().getErr());
            if (workspace != null) {
                // a dry run and an estimate send and store nothing: they read while another process writes
                try (WorkspaceSession ws = dryRun || estimate ? WorkspaceSession.openReadOnly(workspace)
                        : WorkspaceSession.open(workspace)) {
                    LlmRun run = run(schema != null ? ws.schema(schema) : ws.activeSchema());
                    if (dryRun) {
                        Report first = ws.reportSummaries("").stream().findFirst().flatMap(s -> ws.report(s.id()))
                                .orElseThrow(() -> new IllegalArgumentException(workspace + " has no reports"));
                        stdout.print(LlmLabelService.dryRun(run, first));
                        return 0;
                    }
                    LlmLabelService.Estimate e = LlmLabelService.estimate(ws, run);
                    stdout.println("estimate: " + e.describe());
                    if (estimate) {
                        return 0;
                    }
                    stdout.println(LlmLabelService.labelWorkspace(ws, run, progress, () -> false).describe());
                }
            } else {
                ReportLayout l = layout == null ? null : ReportLayout.parse(layout).orElseThrow(() ->
                        new IllegalArgumentException("unknown layout '" + layout + "'; use csv, jsonl, txt, openi or mimic"));
                LlmRun run = run(Schemas.require(schema == null ? "chexpert14" : schema));
                if (dryRun || estimate) {
                    List<Report> reports = LabelService.readAll(in, l);
                    if (reports.isEmpty()) {
                        throw new IllegalArgumentException(in + " has no reports");
                    }
                    stdout.print(LlmLabelService.dryRun(run, reports.get(0)));
                    return 0;
                }
                stdout.println(LlmFileLabeling.labelFile(in, l, run, out, allowRemote, progress, () -> false).describe());
            }
            return 0;
        }

        private LlmRun run(Schema s) throws Exception {
            return LlmRun.from(llm.spec(model, task, templates, pricePrompt, priceCompletion), s);
        }
    }

    @Command(name = "models", mixinStandardHelpOptions = true, description = "List the models an endpoint serves (/v1/models).")
    static final class Models implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        LlmOptions llm;

        @Override
        public Integer call() throws Exception {
            LlmSpec s = llm.spec("", "mc", List.of(), 0, 0);
            LlmLabelService.models(s).forEach(spec.commandLine().getOut()::println);
            return 0;
        }
    }

    @Command(name = "consent", mixinStandardHelpOptions = true,
            description = {"Allow, withdraw or list the endpoints this workspace's report text may be sent to "
                + "(--list --read-only while the app has the workspace open).",
                "Endpoints on this machine (localhost, 127.0.0.1, ::1) need no consent. Every grant and withdrawal is "
                    + "written to the audit log with who and when."})
    static final class Consent implements Callable<Integer>, ReadsWhileInUse {
        @Spec
        CommandSpec spec;

        @Option(names = {"-w", "--workspace"}, required = true, paramLabel = "FILE", description = "The workspace.")
        Path workspace;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Action action;

        static final class Action {
            @Option(names = "--grant", paramLabel = "URL", description = "Allow report text to be sent to this endpoint.")
            String grant;

            @Option(names = "--withdraw", paramLabel = "URL", description = "Withdraw that permission.")
            String withdraw;

            @Option(names = "--list", description = "List the endpoints allowed.")
            boolean list;
        }

        @Option(names = "--who", paramLabel = "NAME", description = "Who decides (default: the user name of this account).")
        String who;

        @Option(names = "--read-only", description = "With --list: read the workspace without taking the writer's lock "
                + "(works while the app has it open).")
        boolean readOnly;

        @Override
        public String readOnlyHint() {
            return "Run llm consent --list again with --read-only to list the allowed endpoints; --grant and "
                    + "--withdraw write, so close it there first for them.";
        }

        @Override
        public Integer call() {
            PrintWriter stdout = spec.commandLine().getOut();
            String by = who != null ? who : System.getProperty("user.name", "unknown");
            if (readOnly && !action.list) {
                throw new IllegalArgumentException("--read-only only goes with --list; --grant and --withdraw change "
                        + "the workspace");
            }
            try (WorkspaceSession ws = readOnly ? WorkspaceSession.openReadOnly(workspace)
                    : WorkspaceSession.open(workspace)) {
                if (action.grant != null) {
                    LlmConsent c = LlmConsentService.grant(ws, action.grant, by);
                    stdout.println("report text of " + workspace + " may now be sent to " + c.endpoint() + " (allowed by "
                            + c.grantedBy() + " at " + c.grantedAt() + ")" + (LlmConsentService.isLocal(action.grant)
                            ? "; this endpoint is on this machine and needed no consent" : ""));
                } else if (action.withdraw != null) {
                    String url = LlmConsentService.normalize(action.withdraw);
                    stdout.println(LlmConsentService.withdraw(ws, url, by)
                            ? "consent for " + url + " withdrawn" : "no consent for " + url + " to withdraw");
                } else {
                    List<LlmConsent> all = LlmConsentService.list(ws);
                    if (all.isEmpty()) {
                        stdout.println("no endpoint allowed; report text goes only to endpoints on this machine");
                    }
                    all.forEach(c -> stdout.println(c.endpoint() + "\tallowed by " + c.grantedBy() + " at " + c.grantedAt()));
                }
            }
            return 0;
        }
    }

    @Command(name = "template", mixinStandardHelpOptions = true,
            description = "Print a built-in prompt template (JSON) to edit and pass to 'llm label --template'.")
    static final class Template implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--schema", defaultValue = "chexpert14", paramLabel = "NAME", description = "Schema (default ${DEFAULT-VALUE}).")
        String schema;

        @Option(names = {"-w", "--workspace"}, paramLabel = "FILE", description = "Read a custom schema from this workspace.")
        Path workspace;

        @Option(names = "--task", defaultValue = "mc", paramLabel = "TASK", description = "mc or open (default ${DEFAULT-VALUE}).")
        String task;

        @Override
        public Integer call() {
            Schema s;
            if (workspace != null) {
                try (WorkspaceSession ws = WorkspaceSession.openReadOnly(workspace)) {
                    s = ws.schema(schema);
                }
            } else {
                s = Schemas.require(schema);
            }
            spec.commandLine().getOut().print(LlmLabelService.builtInTemplate(s, task));
            return 0;
        }
    }
}
