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
                + "screens, annotation and training use (--use NAME). --read-only lists them while the app has the "
                + "workspace open.")
final class SchemaCommand implements Callable<Integer>, ReadsWhileInUse {
    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--add", paramLabel = "FILE", description = "A custom schema (JSON) to add.")
    Path add;

    @Option(names = "--use", paramLabel = "NAME", description = "Make this schema the workspace's schema.")
    String use;

    @Option(names = "--read-only", description = "Only list the schemas, without taking the writer's lock (works while "
            + "the app has the workspace open); not with --add or --use.")
    boolean readOnly;

    @Override
    public String readOnlyHint() {
        return "Run schema again with --read-only to list its schemas; --add and --use write, so close it there "
                + "first for them.";
    }

    @Override
    public Integer call() throws Exception {
        if (readOnly) {
            if (add != null || use != null) {
                throw new IllegalArgumentException("--read-only only lists the schemas; --add and --use change the "
                        + "workspace");
            }
            try (WorkspaceSession ws = WorkspaceSession.openReadOnly(workspace.file)) {
                list(ws);
            }
            return 0;
        }
        try (CommandWorkspace cw = CommandWorkspace.open(workspace.file)) {
            WorkspaceSession ws = cw.session();
            if (add != null) {
                spec.commandLine().getOut().println("schema " + ws.addSchemaFile(add).name() + " added");
            }
            if (use != null) {
                Schema s = ws.useSchema(use);
                spec.commandLine().getOut().println("the workspace's schema is now " + s.name());
            }
            list(ws);
        }
        return 0;
    }

    private void list(WorkspaceSession ws) {
        String active = ws.activeSchema().name();
        for (String name : ws.schemaNames()) {
            spec.commandLine().getOut().println((name.equals(active) ? "* " : "  ") + name);
        }
    }
}
