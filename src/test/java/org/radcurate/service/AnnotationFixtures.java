package org.radcurate.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.radcurate.domain.Label;
import org.radcurate.domain.MentionState;
import org.radcurate.domain.ProgressListener;
import org.radcurate.domain.Source;
import org.radcurate.domain.SourceKind;

/** Sample workspaces for the annotation tests: built once per JVM, copied per test. */
public final class AnnotationFixtures {
    private static Path template;

    private AnnotationFixtures() {}

    /** A fresh copy of the bundled sample workspace (300 reports, gold, no teacher) at dir/name. */
    public static synchronized Path sampleCopy(Path dir, String name) throws IOException {
        if (template == null) {
            Path t = Files.createTempDirectory("radcurate-fixture").resolve("sample.radcurate");
            SampleWorkspace.createIfMissing(t, ProgressListener.NONE);
            template = t;
        }
        Path target = dir.resolve(name);
        Files.copy(template, target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    /** Stores labels as a source of the active schema, creating the source. */
    public static Source source(WorkspaceSession session, String name, SourceKind kind, List<Label> labels) {
        var ws = session.workspace();
        return ws.transaction(() -> {
            Source s = ws.sources().findOrCreate(name, kind, session.activeSchema().name(), "test");
            ws.labels().putAll(s.id(), labels);
            return s;
        });
    }

    /** Runs the rule teacher over the workspace (a TEACHER source with evidence and codes). */
    public static String labelWithRules(WorkspaceSession session) throws IOException {
        return LabelService.labelWorkspace(session,
                LabelService.labeler(session.activeSchema(), false, false, List.of()), 1, ProgressListener.NONE,
                () -> false).target();
    }

    public static Label label(String report, String finding, MentionState state, Double probability) {
        return new Label(report, finding, state, probability, List.of());
    }
}
