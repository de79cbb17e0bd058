package org.radcurate.ui.common;

import java.time.Duration;
import java.util.Locale;

/** Durations as the screens show them: "0:35", "12:04", "1:02:09". */
public final class Eta {
    private Eta() {}

    public static String format(Duration d) {
        return format(d.toSeconds());
    }

    public static String format(long seconds) {
        Duration d = Duration.ofSeconds(Math.max(0, seconds));
        return d.toHours() > 0
                ? String.format(Locale.ROOT, "%d:%02d:%02d", d.toHours(), d.toMinutesPart(), d.toSecondsPart())
                : String.format(Locale.ROOT, "%d:%02d", d.toMinutes(), d.toSecondsPart());
    }
}
