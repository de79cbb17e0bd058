package org.radcurate.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radcurate.domain.GoldSet;
import org.radcurate.domain.Label;
import org.radcurate.domain.MentionState;
import org.radcurate.domain.Report;
import org.radcurate.domain.SourceKind;
import org.radcurate.domain.Split;

class GoldSetRepositoryTest {
    @TempDir
    Path dir;
    Workspace ws;
    long gold;
    GoldSet frozen;

    @BeforeEach
    void freezeOneSnapshot() {
        ws = Workspace.open(dir.resolve("ws.radcurate"));
        ws.transaction(() -> {
            ws.reports().add(new Report("G1", "No effusion.", List.of(), Split.TEST, "d"));
            ws.reports().add(new Report("G2", "Effusion.", List.of(), Split.TEST, "d"));
            gold = ws.sources().findOrCreate("gold", SourceKind.GOLD, "chexpert14", "").id();
            ws.labels().putAll(gold, List.of(Label.of("G1", "Pleural Effusion", MentionState.NEGATIVE),
                    Label.of("G2", "Pleural Effusion", MentionState.POSITIVE)));
        });
        frozen = ws.goldSets().freeze("test-gold", "first", gold, "chexpert14");
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void freezeCopiesWorkingGoldLabels() {
        assertEquals("test-gold@1", frozen.reference());
        assertEquals(2, frozen.reportCount());
        assertEquals(Map.of("G1", Map.of("Pleural Effusion", MentionState.NEGATIVE),
                "G2", Map.of("Pleural Effusion", MentionState.POSITIVE)), ws.goldSets().labels(frozen.id()));
    }

    @Test
    void snapshotIgnoresLaterEditsOfWorkingGold() {
        ws.transaction(() -> ws.labels().put(gold, Label.of("G1", "Pleural Effusion", MentionState.UNCERTAIN)));
        assertEquals(MentionState.NEGATIVE, ws.goldSets().labels(frozen.id()).get("G1").get("Pleural Effusion"));
    }

    @Test
    void freezingAgainMakesNextVersion() {
        GoldSet second = ws.goldSets().freeze("test-gold", "second", gold, "chexpert14");
        assertEquals(2, second.version());
        assertEquals(second, ws.goldSets().find("test-gold", 0).orElseThrow());
        assertEquals(frozen.id(), ws.goldSets().find("test-gold", 1).orElseThrow().id());
    }

    @Test
    void goldSetRowCannotBeUpdated() {
        WorkspaceException e = assertThrows(WorkspaceException.class,
                () -> ws.jdbc().update("UPDATE gold_sets SET note = 'changed' WHERE id = ?", frozen.id()));
        assertTrue(e.getMessage().contains("gold sets are frozen"), e.getMessage());
        assertEquals("first", ws.goldSets().find("test-gold", 1).orElseThrow().note());
    }

    @Test
    void goldSetRowCannotBeDeleted() {
        WorkspaceException e = assertThrows(WorkspaceException.class,
                () -> ws.jdbc().update("DELETE FROM gold_sets WHERE id = ?", frozen.id()));
        assertTrue(e.getMessage().contains("gold sets are frozen"), e.getMessage());
        assertEquals(1, ws.goldSets().list().size());
    }

    @Test
    void goldSetLabelsCannotBeUpdated() {
        WorkspaceException e = assertThrows(WorkspaceException.class,
                () -> ws.jdbc().update("UPDATE gold_set_labels SET state = 'UNCERTAIN'"));
        assertTrue(e.getMessage().contains("gold sets are frozen"), e.getMessage());
        assertEquals(MentionState.NEGATIVE, ws.goldSets().labels(frozen.id()).get("G1").get("Pleural Effusion"));
    }

    @Test
    void goldSetLabelsCannotBeDeleted() {
        WorkspaceException e = assertThrows(WorkspaceException.class,
                () -> ws.jdbc().update("DELETE FROM gold_set_labels"));
        assertTrue(e.getMessage().contains("gold sets are frozen"), e.getMessage());
        assertEquals(2, ws.goldSets().labels(frozen.id()).size());
    }

    @Test
    void goldSetConceptsCannotBeUpdatedOrDeleted() {
        ws.transaction(() -> ws.jdbc().update("INSERT INTO gold_set_concepts (gold_set_id, rid, code, phrase) "
                + "SELECT ?, rid, 'J90', 'effusion' FROM reports WHERE ext_id = 'G2'", frozen.id()));
        WorkspaceException update = assertThrows(WorkspaceException.class,
                () -> ws.jdbc().update("UPDATE gold_set_concepts SET phrase = 'x'"));
        WorkspaceException delete = assertThrows(WorkspaceException.class,
                () -> ws.jdbc().update("DELETE FROM gold_set_concepts"));
        assertTrue(update.getMessage().contains("gold sets are frozen"), update.getMessage());
        assertTrue(delete.getMessage().contains("gold sets are frozen"), delete.getMessage());
        assertEquals(1, ws.jdbc().count("SELECT count(*) FROM gold_set_concepts WHERE phrase = 'effusion'"));
    }
}
