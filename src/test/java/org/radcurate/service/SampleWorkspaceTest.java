package org.radcurate.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radcurate.domain.BuiltInSchemas;
import org.radcurate.domain.GoldSet;
import org.radcurate.domain.MentionState;
import org.radcurate.domain.ProgressListener;
import org.radcurate.persistence.Workspace;
import org.radcurate.testing.TestFiles;

class SampleWorkspaceTest {
    @TempDir
    Path dir;
    Path target;

    @BeforeEach
    void create() throws Exception {
        target = dir.resolve("data/sample.radcurate");
        assertEquals(target, SampleWorkspace.createIfMissing(target, ProgressListener.NONE));
    }

    /** A bundled sample file, read independently of the importers. */
    private static List<CSVRecord> bundled(String name) throws Exception {
        try (InputStream in = SampleWorkspace.class.getResourceAsStream("/org/radcurate/samples/" + name)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new InputStreamReader(in, StandardCharsets.UTF_8)).getRecords();
        }
    }

    @Test
    void holdsEveryBundledReport() throws Exception {
        List<CSVRecord> reports = bundled("reports.csv");
        try (Workspace ws = Workspace.openReadOnly(target)) {
            assertEquals(reports.size(), ws.reports().count());
            assertEquals(reports.stream().map(r -> r.get("id")).toList(),
                    ws.reports().list(null).stream().map(r -> r.id()).toList());
            assertEquals(Map.of("radcurate-samples", (long) reports.size()), ws.info().reportsByDataset());
        }
    }

    @Test
    void goldSourceHasAllFourteenFindingsForEveryGoldRow() throws Exception {
        List<CSVRecord> gold = bundled("gold-chexpert14.csv");
        try (Workspace ws = Workspace.openReadOnly(target)) {
            long goldId = ws.sources().find(SampleWorkspace.GOLD).orElseThrow().id();
            assertEquals(gold.size() * 14L, ws.labels().count(goldId));
            assertEquals(ws.reports().count() * 14, ws.labels().count(goldId));
            long nihId = ws.sources().find(SampleWorkspace.GOLD_NIH).orElseThrow().id();
            assertEquals(bundled("gold-nih14.csv").size() * 14L, ws.labels().count(nihId));
        }
    }

    @Test
    void frozenGoldSetMatchesBundledGoldFile() throws Exception {
        List<CSVRecord> gold = bundled("gold-chexpert14.csv");
        Map<String, Map<String, MentionState>> expected = new LinkedHashMap<>();
        for (CSVRecord r : gold) {
            Map<String, MentionState> states = new LinkedHashMap<>();
            for (String f : BuiltInSchemas.CHEXPERT14.csvColumns()) {
                states.put(f, MentionState.fromCsv(r.get(f)).orElseThrow());
            }
            expected.put(r.get("id"), states);
        }
        try (Workspace ws = Workspace.openReadOnly(target)) {
            GoldSet set = ws.goldSets().find(SampleWorkspace.GOLD_SET, 0).orElseThrow();
            assertEquals(1, set.version());
            assertEquals("chexpert14", set.schema());
            assertEquals(gold.size(), set.reportCount());
            assertEquals(expected, ws.goldSets().labels(set.id()));
        }
    }

    @Test
    void goldSourceHoldsBundledIcd10Codes() throws Exception {
        List<CSVRecord> codes = bundled("icd10.csv");
        try (Workspace ws = Workspace.openReadOnly(target)) {
            long goldId = ws.sources().find(SampleWorkspace.GOLD).orElseThrow().id();
            List<String> stored = new ArrayList<>();
            ws.labels().conceptsBySource(goldId).values()
                    .forEach(set -> set.concepts().forEach(c -> stored.add(set.reportId() + " " + c.code())));
            List<String> bundledCodes = new ArrayList<>(codes.stream().map(r -> r.get("id") + " " + r.get("code"))
                    .toList());
            stored.sort(null);
            bundledCodes.sort(null);
            assertEquals(bundledCodes, stored);
        }
    }

    @Test
    void activeSchemaIsChexpert14() {
        try (Workspace ws = Workspace.openReadOnly(target)) {
            assertEquals(BuiltInSchemas.CHEXPERT14, Schemas.active(ws));
        }
    }

    @Test
    void secondCallLeavesExistingWorkspaceUntouched() throws Exception {
        byte[] before = TestFiles.read(target);
        assertEquals(target, SampleWorkspace.createIfMissing(target, ProgressListener.NONE));
        assertArrayEquals(before, TestFiles.read(target));
    }

    @Test
    void leavesNoBuildingFilesBehind() throws Exception {
        try (Stream<Path> files = Files.list(target.getParent())) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertTrue(names.stream().noneMatch(n -> n.contains(".building")), names.toString());
            assertEquals("sample.radcurate", names.get(0));
        }
    }
}
