package org.radcurate.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The --workspace option shared by commands that work on a workspace file. */
final class WorkspaceOption {
    @Option(names = {"-w", "--workspace"}, required = true, paramLabel = "FILE",
            description = "The workspace file (SQLite); created when missing for commands that write.")
    Path file;
}
