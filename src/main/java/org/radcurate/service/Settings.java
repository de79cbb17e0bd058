package org.radcurate.service;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/** The user's preferences (last workspace, annotator name, theme, text size) in a properties file. */
public final class Settings {
    public static final String LAST_WORKSPACE = "workspace.last";
    public static final String ANNOTATOR = "annotator.name";
    public static final String THEME = "ui.theme";
    public static final String TEXT_SIZE = "ui.textSize";

    private final Path file;
    private final Properties props = new Properties();

    public Settings(Path file) {
        this.file = file;
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                props.load(r);
            } catch (IOException | IllegalArgumentException e) {
                // unreadable preferences are not worth refusing to start over; defaults apply
                props.clear();
            }
        }
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(props.getProperty(key)).filter(v -> !v.isBlank());
    }

    /** Sets and saves at once (written to a temp file, then moved into place). */
    public void put(String key, String value) throws IOException {
        props.setProperty(key, value);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            props.store(w, "RadCurate settings");
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
