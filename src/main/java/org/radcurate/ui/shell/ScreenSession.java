package org.radcurate.ui.shell;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import org.radcurate.service.WorkspaceSession;
import org.radcurate.ui.common.ViewModelPart;

/**
 * A screen's view of the open workspace: no workspace until the screen is first shown, then the
 * main window's workspace and every one opened after it. A screen's ViewModel follows this instead
 * of the main window's session, so the reads it makes when a workspace opens (its lists, the
 * training engine) wait until someone opens the screen, and then see the workspace open at that
 * moment however many were opened before (docs/adr/0024).
 */
@ViewModelPart
public final class ScreenSession {
    private final ObservableValue<WorkspaceSession> main;
    private final ReadOnlyObjectWrapper<WorkspaceSession> session = new ReadOnlyObjectWrapper<>();
    private boolean shown;

    public ScreenSession(ObservableValue<WorkspaceSession> main) {
        this.main = main;
        main.addListener((o, was, now) -> {
            if (shown) {
                session.set(now);
            }
        });
    }

    /** The screen is shown: from now on it follows the main window's workspace. Idempotent. */
    public void show() {
        if (!shown) {
            shown = true;
            session.set(main.getValue());
        }
    }

    /** Whether the screen has been shown (and follows the workspace). */
    public boolean shown() {
        return shown;
    }

    /** What the screen's ViewModel follows: null until {@link #show()}, then the open workspace. */
    public ReadOnlyObjectProperty<WorkspaceSession> sessionProperty() {
        return session.getReadOnlyProperty();
    }
}
