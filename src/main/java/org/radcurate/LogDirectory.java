package org.radcurate;

import ch.qos.logback.core.PropertyDefinerBase;
import org.radcurate.service.AppPaths;

/**
 * Tells logback.xml where the log goes: the per-user data directory's {@code logs} folder, so the
 * log follows {@code RADCURATE_DATA_HOME} like everything else (tests write under target/).
 */
public final class LogDirectory extends PropertyDefinerBase {
    @Override
    public String getPropertyValue() {
        return AppPaths.logDirectory().toString();
    }
}
