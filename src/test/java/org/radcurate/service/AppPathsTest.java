package org.radcurate.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppPathsTest {
    static final String HOME = "/home/ana";

    @Test
    void linuxUsesXdgDataHome() {
        assertEquals(Path.of("/data/xdg", "radcurate"),
                AppPaths.dataHome(Map.of("XDG_DATA_HOME", "/data/xdg"), "Linux", HOME));
    }

    @Test
    void linuxFallsBackToLocalShareWithoutXdg() {
        assertEquals(Path.of(HOME, ".local", "share", "radcurate"), AppPaths.dataHome(Map.of(), "Linux", HOME));
    }

    @Test
    void linuxTreatsBlankXdgAsUnset() {
        assertEquals(Path.of(HOME, ".local", "share", "radcurate"),
                AppPaths.dataHome(Map.of("XDG_DATA_HOME", " "), "Linux", HOME));
    }

    @Test
    void windowsUsesAppData() {
        assertEquals(Path.of("C:/Users/ana/AppData/Roaming", "RadCurate"),
                AppPaths.dataHome(Map.of("APPDATA", "C:/Users/ana/AppData/Roaming"), "Windows 11", "C:/Users/ana"));
    }

    @Test
    void windowsFallsBackToRoamingUnderHome() {
        assertEquals(Path.of("C:/Users/ana", "AppData", "Roaming", "RadCurate"),
                AppPaths.dataHome(Map.of(), "Windows 10", "C:/Users/ana"));
    }

    @Test
    void windowsTreatsBlankAppDataAsUnset() {
        assertEquals(Path.of("C:/Users/ana", "AppData", "Roaming", "RadCurate"),
                AppPaths.dataHome(Map.of("APPDATA", ""), "Windows 10", "C:/Users/ana"));
    }

    @Test
    void macOsUsesApplicationSupport() {
        assertEquals(Path.of("/Users/ana", "Library", "Application Support", "RadCurate"),
                AppPaths.dataHome(Map.of("XDG_DATA_HOME", "/ignored"), "Mac OS X", "/Users/ana"));
    }

    @Test
    void overrideWinsOnEverySystem() {
        Map<String, String> env = Map.of("RADCURATE_DATA_HOME", "/portable", "APPDATA", "C:/x");
        assertEquals(Path.of("/portable"), AppPaths.dataHome(env, "Windows 11", HOME));
        assertEquals(Path.of("/portable"), AppPaths.dataHome(env, "Mac OS X", HOME));
        assertEquals(Path.of("/portable"), AppPaths.dataHome(env, "Linux", HOME));
    }

    @Test
    void theLogLivesInTheDataHomesLogsFolder() {
        assertEquals(Path.of("/data/rc", "logs"), AppPaths.logDirectory(Path.of("/data/rc")));
    }

    @Test
    void theLogFollowsTheDataHomeOverrideTheTestsSet() {
        // surefire sets RADCURATE_DATA_HOME, so the tests' log is under target/, never the user's
        assertEquals(Path.of(System.getenv("RADCURATE_DATA_HOME"), "logs", "radcurate.log"), AppPaths.logFile());
    }
}
