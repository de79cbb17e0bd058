package org.radcurate.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version Maven built, from a filtered resource (so it is right in tests and in the jar alike). */
public final class BuildInfo {
    private static final String RESOURCE = "/org/radcurate/build.properties";

    private BuildInfo() {}

    /** The project version, such as {@code 0.1.0-SNAPSHOT}. */
    public static String version() {
        try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "Java 17.0.13 (Debian)": the runtime the app runs on. */
    public static String java() {
        return "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")";
    }
}
