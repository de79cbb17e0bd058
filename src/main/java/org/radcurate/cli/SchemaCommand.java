package org.radcurate.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.radcurate.domain.Schema;
import org.radcurate.service.WorkspaceSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "List a workspace's schemas, add a custom one (--add FILE.json), or choose the one the "
                + "screens, annotation and training use (--use NAME).")
final class SchemaCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--add", paramLabel = "FILE", description = "A custom schema (JSON) to add.")
    Path add;

    @Option(names = "--use", paramLabel = "NAME", description = "Make this schema the workspace's schema.")
    String use;

    @Override
    public Integer call() throws Exception {
        try (CommandWorkspace cw = CommandWorkspace.open(workspace.file)) {
            WorkspaceSession ws = cw.session();
            if (add != null) {
                spec.commandLine().getOut().println("schema " + ws.addSchemaFile(add).name() + " added");
            }
            if (use != null) {
                Schema s = ws.useSchema(use);
                spec.commandLine().getOut().println("the workspace's schema is now " + s.name());
            }
            String active = ws.activeSchema().name();
            for (String name : ws.schemaNames()) {
                spec.commandLine().getOut().println((name.equals(active) ? "* " : "  ") + name);
            }
        }
        return 0;
    }
}
