package org.radcurate.ui.annotate;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.radcurate.service.ErrorLog;
import org.radcurate.service.UserMessages;
import org.radcurate.ui.common.Dialogs;
import org.radcurate.ui.common.ViewModelPart;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Annotate's status line. A line about one report goes when another report is shown; a line about the
 * workspace (report null) stays until the next line. Part of {@link AnnotateViewModel}.
 */
@ViewModelPart
final class StatusLine {
    private static final Logger LOG = LoggerFactory.getLogger(AnnotateViewModel.class);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final Dialogs dialogs;
    /** The report the line speaks of (null: the workspace). */
    private String report;

    StatusLine(Dialogs dialogs) {
        this.dialogs = dialogs;
    }

    /** A line about {@code reportId} (null: about the workspace). */
    void say(String text, String reportId) {
        message.set(text);
        report = reportId;
    }

    /** Clears a line about another report than the one now shown ({@code reportId}, null: none). */
    void shown(String reportId) {
        if (report != null && !report.equals(reportId)) {
            message.set("");
            report = null;
        }
    }

    /** Forgets which report the line is about (a new session). */
    void forget() {
        report = null;
    }

    /** Says the failure, logs it and shows it in a dialog. */
    void failed(Throwable e) {
        message.set("Failed: " + UserMessages.describe(e));
        ErrorLog.caught(LOG, "Annotate", e);
        dialogs.showError("Annotate", UserMessages.describe(e));
    }

    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
