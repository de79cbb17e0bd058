package org.radcurate.service;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where RadCurate keeps per-user data: XDG data home on Linux, %APPDATA% on Windows,
 * Application Support on macOS. RADCURATE_DATA_HOME overrides all (tests, portable installs).
 */
public final class AppPaths {
    private AppPaths() {}

    public static Path dataHome() {
        return dataHome(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home", "."));
    }

    static Path dataHome(Map<String, String> env, String osName, String home) {
        String override = env.get("RADCURATE_DATA_HOME");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return appData != null && !appData.isBlank() ? Path.of(appData, "RadCurate")
                    : Path.of(home, "AppData", "Roaming", "RadCurate");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "RadCurate");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "radcurate") : Path.of(home, ".local", "share", "radcurate");
    }

    public static Path sampleWorkspace() {
        return dataHome().resolve("sample.radcurate");
    }

    public static Path settingsFile() {
        return dataHome().resolve("settings.properties");
    }

    /** Where the rolling log is written ({@code org.radcurate.LogConfiguration} writes it here). */
    public static Path logDirectory() {
        return logDirectory(dataHome());
    }

    static Path logDirectory(Path dataHome) {
        return dataHome.resolve("logs");
    }

    /** The current log file; older ones beside it are named {@code radcurate.DATE.N.log.gz}. */
    public static Path logFile() {
        return logDirectory().resolve(LOG_FILE_NAME);
    }

    /** The name of the current log file, as {@code org.radcurate.LogConfiguration} writes it. */
    public static final String LOG_FILE_NAME = "radcurate.log";
}
