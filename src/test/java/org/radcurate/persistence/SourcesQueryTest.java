package org.radcurate.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radcurate.domain.Source;
import org.radcurate.domain.SourceKind;

class SourcesQueryTest {
    @TempDir
    Path dir;

    @Test
    void listsOnlyVisibleSourcesOfTheKindAndSchemaInCreationOrder() {
        try (Workspace ws = Workspace.open(dir.resolve("w.radcurate"))) {
            ws.transaction(() -> {
                ws.sources().findOrCreate("rules chexpert", SourceKind.TEACHER, "chexpert14", "");
                ws.sources().findOrCreate("rules nih", SourceKind.TEACHER, "nih14", "");
                ws.sources().findOrCreate("llm chexpert", SourceKind.TEACHER, "chexpert14", "");
                ws.sources().findOrCreate("student:a", SourceKind.STUDENT, "chexpert14", "");
                ws.sources().createPending(SourceKind.TEACHER, "chexpert14", "still being written");
            });
            assertEquals(List.of("rules chexpert", "llm chexpert"), ws.sources().list(SourceKind.TEACHER, "chexpert14")
                    .stream().map(Source::name).toList());
            assertEquals(List.of("rules nih"), ws.sources().list(SourceKind.TEACHER, "nih14").stream()
                    .map(Source::name).toList());
            assertEquals(List.of(), ws.sources().list(SourceKind.STUDENT, "nih14"));
        }
    }
}
