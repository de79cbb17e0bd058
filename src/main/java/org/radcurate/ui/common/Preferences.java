package org.radcurate.ui.common;

import java.io.IOException;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import org.radcurate.service.ErrorLog;
import org.radcurate.service.Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The annotator name, theme and text size, kept in the user's settings. The name is asked for the
 * first time an edit needs it, and can be switched at any time.
 */
@ViewModelPart
public final class Preferences {
    private static final Logger LOG = LoggerFactory.getLogger(Preferences.class);
    public static final String LIGHT = "primer-light";
    public static final String DARK = "primer-dark";
    public static final int MIN_TEXT = 10;
    public static final int MAX_TEXT = 24;
    public static final int DEFAULT_TEXT = 14;

    private final Settings settings;
    private final Dialogs dialogs;
    private final ReadOnlyStringWrapper annotator = new ReadOnlyStringWrapper("");
    private final BooleanProperty dark = new SimpleBooleanProperty(false);
    private final IntegerProperty textSize = new SimpleIntegerProperty(DEFAULT_TEXT);

    public Preferences(Settings settings, Dialogs dialogs) {
        this.settings = settings;
        this.dialogs = dialogs;
        annotator.set(settings.get(Settings.ANNOTATOR).orElse(""));
        dark.set(settings.get(Settings.THEME).map(DARK::equals).orElse(false));
        textSize.set(settings.get(Settings.TEXT_SIZE).map(Preferences::parse).orElse(DEFAULT_TEXT));
        dark.addListener((o, was, now) -> save(Settings.THEME, now ? DARK : LIGHT));
        textSize.addListener((o, was, now) -> save(Settings.TEXT_SIZE, String.valueOf(now.intValue())));
    }

    /** The annotator's name, asking for it when none is set yet; empty when the user declines. */
    public Optional<String> requireAnnotator() {
        if (!annotator.get().isEmpty()) {
            return Optional.of(annotator.get());
        }
        return askAnnotator();
    }

    /** Asks for a (new) annotator name; each name's labels are a source of their own. */
    public Optional<String> askAnnotator() {
        Optional<String> name = dialogs.askText("Annotator", "Your name or initials (your labels are kept under it):",
                annotator.get()).map(String::strip).filter(s -> !s.isEmpty());
        name.ifPresent(n -> {
            annotator.set(n);
            save(Settings.ANNOTATOR, n);
        });
        return name;
    }

    public void biggerText() {
        textSize.set(Math.min(MAX_TEXT, textSize.get() + 1));
    }

    public void smallerText() {
        textSize.set(Math.max(MIN_TEXT, textSize.get() - 1));
    }

    public void toggleTheme() {
        dark.set(!dark.get());
    }

    private void save(String key, String value) {
        try {
            settings.put(key, value);
        } catch (IOException e) {
            ErrorLog.caught(LOG, "Saving settings", e);
            dialogs.showError("Settings", "Could not save settings: " + e.getMessage());
        }
    }

    private static int parse(String s) {
        try {
            return Math.max(MIN_TEXT, Math.min(MAX_TEXT, Integer.parseInt(s.strip())));
        } catch (NumberFormatException e) {
            return DEFAULT_TEXT;
        }
    }

    public ReadOnlyStringProperty annotatorProperty() {
        return annotator.getReadOnlyProperty();
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    public IntegerProperty textSizeProperty() {
        return textSize;
    }
}
