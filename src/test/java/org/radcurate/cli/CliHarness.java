package org.radcurate.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

/** Runs the command line in-process and keeps what it printed. */
final class CliHarness {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return RadCurateCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    int run(Object... args) {
        String[] strings = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            strings[i] = args[i] instanceof Path p ? p.toString() : String.valueOf(args[i]);
        }
        return run(strings);
    }

    List<String> outLines() {
        return out.toString().lines().toList();
    }

    /** Error lines only: progress lines on stderr depend on timing. */
    List<String> errorLines() {
        return err.toString().lines().filter(l -> l.startsWith("error: ")).toList();
    }
}
