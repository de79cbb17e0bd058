package org.radcurate.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radcurate.domain.GoldSet;
import org.radcurate.domain.LabelColumn;
import org.radcurate.domain.LabelColumn.Use;
import org.radcurate.domain.ProgressListener;
import org.radcurate.domain.ReportReadOptions;
import org.radcurate.domain.SourceKind;

/** The import dialog's preview: the schema found from the columns, each column's use, and freezing imported gold. */
class LabelPreviewTest {
    private static final Path REPORTS = Path.of("sample-reports/reports.csv");
    private static final Path NIH_GOLD = Path.of("sample-reports/gold-nih14.csv");

    @TempDir
    Path dir;

    @Test
    void detectsNih14FromTheNihGoldColumnsAndMapsEveryColumn() throws Exception {
        try (WorkspaceSession s = WorkspaceSession.open(dir.resolve("w.radcurate"))) {
            LabelPreview p = s.imports().previewLabels(NIH_GOLD, null);

            assertEquals("nih14", p.schema());
            assertTrue(p.detected());
            assertEquals(15, p.columns().size());
            assertEquals(new LabelColumn("id", Use.KEY, null, "report id"), p.columns().get(0));
            assertEquals(new LabelColumn("Pleural_Thickening", Use.FINDING, "Pleural_Thickening", ""),
                    p.columns().get(13));
            assertEquals(14, p.findingColumns());
            assertEquals(List.of(), p.findingsWithoutColumn());
            assertFalse(p.stops());
        }
    }

    @Test
    void inTheOtherSchemaTheSameFileShowsWhichColumnsStopTheImportAndWhichFindingsHaveNoColumn() throws Exception {
        try (WorkspaceSession s = WorkspaceSession.open(dir.resolve("w.radcurate"))) {
            LabelPreview p = s.imports().previewLabels(NIH_GOLD, "chexpert14");

            assertEquals("chexpert14", p.schema());
            assertTrue(p.stops());
            LabelColumn effusion = p.columns().stream().filter(c -> c.column().equals("Effusion")).findFirst()
                    .orElseThrow();
            assertEquals(Use.STOPS, effusion.use());
            assertTrue(effusion.note().contains("it is one of nih14"), effusion.note());
            assertEquals(List.of("Atelectasis", "Cardiomegaly", "Edema", "Consolidation", "Pneumonia",
                    "Pneumothorax").stream().sorted().toList(), p.columns().stream()
                    .filter(c -> c.use() == Use.FINDING).map(LabelColumn::finding).sorted().toList());
            assertTrue(p.findingsWithoutColumn().contains("No Finding"), p.findingsWithoutColumn().toString());
        }
    }

    @Test
    void importedGoldFrozenAsAGoldSetHoldsEveryLabelledReport() throws Exception {
        try (WorkspaceSession s = WorkspaceSession.open(dir.resolve("w.radcurate"))) {
            s.imports().importReports(REPORTS, null, ReportReadOptions.defaults(), ProgressListener.NONE, () -> false);
            s.imports().importLabels(NIH_GOLD, null, "nih-gold", SourceKind.GOLD, s.schema("nih14"), null,
                    ProgressListener.NONE, () -> false);

            GoldSet g = s.imports().freezeImportedGold("nih-gold", "nih-gold", "tester");

            assertEquals("nih-gold@1", g.reference());
            assertEquals("nih14", g.schema());
            assertEquals(Files.readAllLines(NIH_GOLD).size() - 1, g.reportCount());
            assertEquals(List.of(g), EvaluationService.goldSets(s));
        }
    }
}
