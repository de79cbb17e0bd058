package org.radcurate.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radcurate.testing.TestFiles;

class SettingsTest {
    @TempDir
    Path dir;

    @Test
    void valuesSurviveReloadFromFile() throws Exception {
        Path file = dir.resolve("config/settings.properties");
        Settings s = new Settings(file);
        s.put(Settings.LAST_WORKSPACE, "/data/Zoë's cohort.radcurate");
        s.put(Settings.ANNOTATOR, "ana");
        Settings again = new Settings(file);
        assertEquals(Optional.of("/data/Zoë's cohort.radcurate"), again.get(Settings.LAST_WORKSPACE));
        assertEquals(Optional.of("ana"), again.get(Settings.ANNOTATOR));
        assertEquals(Optional.empty(), again.get(Settings.THEME));
    }

    @Test
    void putReplacesEarlierValue() throws Exception {
        Path file = dir.resolve("settings.properties");
        new Settings(file).put(Settings.TEXT_SIZE, "14");
        new Settings(file).put(Settings.TEXT_SIZE, "16");
        assertEquals(Optional.of("16"), new Settings(file).get(Settings.TEXT_SIZE));
    }

    @Test
    void blankValueReadsAsMissing() throws Exception {
        Path file = dir.resolve("settings.properties");
        new Settings(file).put(Settings.THEME, " ");
        assertEquals(Optional.empty(), new Settings(file).get(Settings.THEME));
    }

    @Test
    void missingFileGivesDefaults() {
        assertEquals(Optional.empty(), new Settings(dir.resolve("none.properties")).get(Settings.ANNOTATOR));
    }

    @Test
    void unreadableFileGivesDefaults() {
        Path file = TestFiles.text(dir.resolve("settings.properties"), "annotator.name=\\uZZZZ\n");
        assertEquals(Optional.empty(), new Settings(file).get(Settings.ANNOTATOR));
    }

    @Test
    void saveLeavesNoTemporaryFile() throws Exception {
        Path file = dir.resolve("settings.properties");
        new Settings(file).put(Settings.ANNOTATOR, "ana");
        assertEquals(false, Files.exists(dir.resolve("settings.properties.tmp")));
    }
}
