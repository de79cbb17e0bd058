package org.radcurate.cli;

import java.io.PrintWriter;
import org.radcurate.service.BuildInfo;
import org.radcurate.service.ErrorLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: {@code java -jar radcurate.jar <command>}. Commands and flags are a public interface. */
@Command(
        name = "radcurate",
        mixinStandardHelpOptions = true,
        versionProvider = RadCurateCli.Version.class,
        description = "Curate disease labels in radiology reports; compare teachers with students.",
        subcommands = {
            ImportCommand.class,
            ExportCommand.class,
            InfoCommand.class,
            SchemaCommand.class,
            LabelCommand.class,
            EvalCommand.class,
            FreezeCommand.class,
            DiagnosticsCommands.Diagnose.class,
            DiagnosticsCommands.GoldSize.class,
            DiagnosticsCommands.LedgerCmd.class,
            DiagnosticsCommands.Feedback.class,
            TrainCommand.class,
            PredictCommand.class,
            LlmCommand.class,
            BenchCommand.class,
            CommandLine.HelpCommand.class
        })
public final class RadCurateCli implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(RadCurateCli.class);

    /** {@code radcurate --version}: the version Maven built. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"RadCurate " + BuildInfo.version()};
        }
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new RadCurateCli());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            // the one place a command's error is caught: logged here, printed as one line
            ErrorLog.caught(LOG, "radcurate " + cmd.getCommandName(), ex);
            cmd.getErr().println("error: " + ErrorMessages.describe(ex, cmd));
            cmd.getErr().flush();
            return 1;
        });
        return cl;
    }

    /** Whether {@code name} is one of the commands (or an alias). */
    public static boolean isCommand(String name) {
        return new CommandLine(new RadCurateCli()).getSubcommands().containsKey(name);
    }

    public static int run(String... args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        return commandLine(out, err).execute(args);
    }
}
