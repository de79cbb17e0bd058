package org.radcurate.cli;

import java.util.concurrent.Callable;
import org.radcurate.service.WorkspaceSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Show counts per dataset, split, source and gold set. Works while the app has the workspace open.")
final class InfoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOption workspace;

    @Override
    public Integer call() {
        try (WorkspaceSession ws = WorkspaceSession.openReadOnly(workspace.file)) {
            spec.commandLine().getOut().print(ws.summary().render());
            spec.commandLine().getOut().flush();
        }
        return 0;
    }
}
