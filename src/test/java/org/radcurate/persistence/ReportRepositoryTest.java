package org.radcurate.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radcurate.domain.Report;
import org.radcurate.domain.Section;
import org.radcurate.domain.Split;
import org.radcurate.persistence.ReportRepository.Outcome;

class ReportRepositoryTest {
    @TempDir
    Path dir;
    Workspace ws;

    @BeforeEach
    void open() {
        ws = Workspace.open(dir.resolve("ws.radcurate"));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void addReportsAddedThenUnchangedThenClash() {
        Report r = new Report("X1", "No effusion.", List.of(), Split.NONE, "d");
        assertEquals(Outcome.ADDED, ws.reports().add(r));
        assertEquals(Outcome.UNCHANGED, ws.reports().add(r));
        assertEquals(Outcome.CLASH, ws.reports().add(new Report("X1", "Effusion.", List.of(), Split.NONE, "d")));
        assertEquals("No effusion.", ws.reports().find("X1").orElseThrow().text());
    }

    @Test
    void storedReportKeepsSectionsSplitAndDataset() {
        Report r = Report.fromSections("X1", new java.util.LinkedHashMap<>(java.util.Map.of("FINDINGS", "Clear.")),
                Split.TRAIN, "openi");
        ws.reports().add(r);
        Report back = ws.reports().find("X1").orElseThrow();
        assertEquals(r, back);
        assertEquals(List.of(new Section("FINDINGS", 10, 16)), back.sections());
    }

    @Test
    void addAllReportsOutcomePerReport() {
        ws.reports().add(new Report("X1", "a", List.of(), Split.NONE, "d"));
        List<Outcome> outcomes = ws.transaction(() -> ws.reports().addAll(List.of(
                new Report("X1", "a", List.of(), Split.NONE, "d"),
                new Report("X2", "b", List.of(), Split.NONE, "d"),
                new Report("X1", "other", List.of(), Split.NONE, "d"))));
        assertEquals(List.of(Outcome.UNCHANGED, Outcome.ADDED, Outcome.CLASH), outcomes);
    }

    @Test
    void sectionsEncodeAndDecodeBackToTheSameList() {
        List<Section> sections = List.of(new Section("INDICATION", 12, 18), new Section("IMPRESSION", 31, 40));
        assertEquals("INDICATION:12:18;IMPRESSION:31:40", ReportRepository.encodeSections(sections));
        assertEquals(sections, ReportRepository.decodeSections("INDICATION:12:18;IMPRESSION:31:40"));
    }
}
