package org.radcurate.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.radcurate.domain.Split;
import org.radcurate.domain.UncertaintyPolicy;
import org.radcurate.service.DiagnosticsService;
import org.radcurate.service.FeedbackService;
import org.radcurate.service.LedgerService;
import org.radcurate.service.OutputFiles;
import org.radcurate.service.WorkspaceSession;
import org.radcurate.service.report.LedgerFormats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** diagnose, gold-size, ledger and feedback: read-only reports over a workspace (they work while the app is open). */
final class DiagnosticsCommands {
    private DiagnosticsCommands() {}

    /** Options every one of these commands has. */
    abstract static class Base implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        WorkspaceOption workspace;

        @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT", description = "table, csv or json.")
        String format;

        @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to this file instead of standard output.")
        Path out;

        abstract String render(WorkspaceSession session);

        @Override
        public Integer call() throws Exception {
            String text;
            try (WorkspaceSession s = WorkspaceSession.openReadOnly(workspace.file)) {
                text = render(s);
            }
            if (out != null) {
                OutputFiles.writeString(out, text, workspace.file);
                spec.commandLine().getOut().println(out);
            } else {
                spec.commandLine().getOut().print(text.endsWith("\n") ? text : text + "\n");
            }
            spec.commandLine().getOut().flush();
            return 0;
        }

        static Split split(String split) {
            return split == null ? null : Split.parse(split).orElseThrow(() ->
                    new IllegalArgumentException("unknown split '" + split + "'; use train, dev or test"));
        }

        static UncertaintyPolicy policy(String policy) {
            return UncertaintyPolicy.parse(policy).orElseThrow(() ->
                    new IllegalArgumentException("unknown policy '" + policy + "'; use u-zeros, u-ones or u-ignore"));
        }
    }

    @Command(name = "diagnose", mixinStandardHelpOptions = true,
            description = {"Teacher diagnostics per finding: for every teacher, student and annotator source, coverage "
                    + "(reports it labels), positive rate, overlap and conflict with every other source, and precision, "
                    + "recall and F1 with 95%% bootstrap intervals against the working gold and any --gold-set."})
    static final class Diagnose extends Base {
        @Option(names = "--gold-set", paramLabel = "NAME[@V]", description = "Also against this frozen gold set; repeatable.")
        List<String> goldSets = new ArrayList<>();

        @Option(names = "--split", paramLabel = "SPLIT", description = "Only reports of this split: train, dev, test.")
        String split;

        @Option(names = "--policy", defaultValue = "u-zeros", paramLabel = "POLICY", description = "u-zeros, u-ones or u-ignore.")
        String policy;

        @Option(names = "--resamples", defaultValue = "1000", description = "Bootstrap resamples (default ${DEFAULT-VALUE}).")
        int resamples;

        @Option(names = "--seed", defaultValue = "42", description = "Bootstrap seed (default ${DEFAULT-VALUE}).")
        long seed;

        @Override
        String render(WorkspaceSession s) {
            return DiagnosticsService.diagnose(s, new DiagnosticsService.Request(split(split), policy(policy), goldSets,
                    resamples, seed)).render(format);
        }
    }

    @Command(name = "gold-size", mixinStandardHelpOptions = true,
            description = {"How many more gold reports? For sources --a and --b on a gold and split: each finding's and "
                    + "micro-F1's interval half width now, the paired difference's interval, and estimated gold sizes "
                    + "that would separate the two at 95%% or bring the interval under --target (bootstrap widths at "
                    + "n/8, n/4, n/2 and n fitted as c/sqrt(n); see docs/diagnostics.md)."})
    static final class GoldSize extends Base {
        @Option(names = "--gold", defaultValue = DiagnosticsService.WORKING, paramLabel = "NAME[@V]",
                description = "'working' (the gold being annotated, default) or a frozen gold set.")
        String gold;

        @Option(names = "--a", required = true, paramLabel = "SOURCE", description = "The first source (e.g. the teacher).")
        String a;

        @Option(names = "--b", required = true, paramLabel = "SOURCE", description = "The second source (e.g. the student).")
        String b;

        @Option(names = "--split", paramLabel = "SPLIT", description = "Only reports of this split.")
        String split;

        @Option(names = "--policy", defaultValue = "u-zeros", paramLabel = "POLICY", description = "u-zeros, u-ones or u-ignore.")
        String policy;

        @Option(names = "--target", defaultValue = "0.02", description = "Target half width of the interval (default ±${DEFAULT-VALUE}).")
        double target;

        @Option(names = "--resamples", defaultValue = "1000", description = "Bootstrap resamples (default ${DEFAULT-VALUE}).")
        int resamples;

        @Option(names = "--seed", defaultValue = "42", description = "Bootstrap seed (default ${DEFAULT-VALUE}).")
        long seed;

        @Override
        String render(WorkspaceSession s) {
            return DiagnosticsService.renderEstimate(s, new DiagnosticsService.EstimateRequest(gold, split(split), a, b,
                    policy(policy), resamples, seed, target), format);
        }
    }

    @Command(name = "ledger", mixinStandardHelpOptions = true,
            description = {"The time ledger: active seconds per annotator, per report and per correction type (gaps "
                    + "over --idle seconds between recorded events left out), and corrections per 100 reports of "
                    + "each teacher. --format table, csv or html."})
    static final class LedgerCmd extends Base {
        @Option(names = "--idle", defaultValue = "120", paramLabel = "SECONDS",
                description = "A gap longer than this between an annotator's events is idle (default ${DEFAULT-VALUE}).")
        long idle;

        @Override
        String render(WorkspaceSession s) {
            if (idle <= 0) {
                throw new IllegalArgumentException("--idle must be a positive number of seconds, not " + idle);
            }
            return LedgerFormats.write(LedgerService.ledger(s, Duration.ofSeconds(idle)), format);
        }
    }

    @Command(name = "feedback", mixinStandardHelpOptions = true,
            description = "Where the adjudicated working gold differs from an annotator's labels, per finding, with "
                    + "the reports. --format table or csv.")
    static final class Feedback extends Base {
        @Option(names = "--annotator", required = true, paramLabel = "NAME", description = "The annotator.")
        String annotator;

        @Override
        String render(WorkspaceSession s) {
            return LedgerFormats.write(FeedbackService.feedback(s, annotator), format);
        }
    }
}
