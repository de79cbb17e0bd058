package org.radcurate.cli;

import java.nio.file.Files;
import java.util.concurrent.Callable;
import org.radcurate.domain.GoldCoverage;
import org.radcurate.domain.GoldSet;
import org.radcurate.service.AnnotationService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "freeze", mixinStandardHelpOptions = true,
        description = {"Freeze the working gold of the workspace's schema into the next version of a named gold set "
                + "(what Compare and eval --gold-set score against), and say how many of its reports were reviewed "
                + "(marked done by an annotator) and how many are only pre-filled.",
                "--reviewed-only leaves out the reports nobody has marked done."})
final class FreezeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--name", required = true, paramLabel = "NAME",
            description = "The gold set's name; a new version is added when it exists.")
    String name;

    @Option(names = "--note", defaultValue = "", paramLabel = "TEXT", description = "A note kept with the gold set.")
    String note;

    @Option(names = "--reviewed-only", description = "Only the reports an annotator marked done.")
    boolean reviewedOnly;

    @Option(names = "--as", defaultValue = "${sys:user.name}", paramLabel = "NAME",
            description = "Who freezes, for the audit log (default: the user name).")
    String who;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(workspace.file)) {
            throw new IllegalArgumentException("no workspace at " + workspace.file);
        }
        try (CommandWorkspace cw = CommandWorkspace.open(workspace.file)) {
            AnnotationService service = cw.session().annotation();
            GoldCoverage cov = service.goldCoverage();
            if (cov.reports() == 0) {
                throw new IllegalArgumentException("the working gold of schema " + service.schema().name()
                        + " is empty: there is nothing to freeze");
            }
            GoldSet g = service.freeze(who, name, note, reviewedOnly);
            spec.commandLine().getOut().println("Froze gold set " + g.reference() + ": " + g.reportCount()
                    + " reports (" + cov.reviewed() + " reviewed, " + cov.notReviewed() + " not yet reviewed"
                    + (reviewedOnly ? ", left out" : ", included") + ").");
            spec.commandLine().getOut().flush();
        }
        return 0;
    }
}
