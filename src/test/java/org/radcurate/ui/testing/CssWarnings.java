package org.radcurate.ui.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Collects what JavaFX's CSS engine warns of ("Could not resolve '-color-fg-muted'…", a value that cannot be
 * converted) while a test shows screens: JavaFX logs them to the {@code javafx.css} logger.
 */
public final class CssWarnings implements AutoCloseable {
    // held: java.util.logging keeps loggers weakly, and a collected one would lose the handler
    private static final Logger CSS = Logger.getLogger("javafx.css");
    private final List<String> warnings = new ArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord r) {
            if (r.getLevel().intValue() >= Level.WARNING.intValue()) {
                synchronized (warnings) {
                    warnings.add(java.text.MessageFormat.format(r.getMessage() == null ? "" : r.getMessage(),
                            r.getParameters() == null ? new Object[0] : r.getParameters()));
                }
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    public CssWarnings() {
        CSS.addHandler(handler);
    }

    /** The warnings so far, each once, in order. */
    public List<String> warnings() {
        synchronized (warnings) {
            return warnings.stream().distinct().toList();
        }
    }

    @Override
    public void close() {
        CSS.removeHandler(handler);
    }
}
