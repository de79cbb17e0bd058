package org.radcurate.ui.common;

import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import org.radcurate.domain.WorkspaceChange;
import org.radcurate.service.WorkspaceSession;

/**
 * Lets a screen follow what is committed to the open workspace, by any screen or job: each new session is
 * subscribed to, and its changes arrive on the UI thread. News from a session that is no longer the open one
 * is dropped, so a screen never re-reads a workspace that was just closed.
 */
@ViewModelPart
public final class WorkspaceChanges {
    private WorkspaceChanges() {}

    /** Calls {@code onChange} on the UI thread with what each committed transaction changed. */
    public static void follow(ObservableValue<WorkspaceSession> session, Jobs jobs,
            Consumer<Set<WorkspaceChange>> onChange) {
        session.addListener((obs, old, now) -> subscribe(session, now, jobs, onChange));
        subscribe(session, session.getValue(), jobs, onChange);
    }

    private static void subscribe(ObservableValue<WorkspaceSession> session, WorkspaceSession s, Jobs jobs,
            Consumer<Set<WorkspaceChange>> onChange) {
        if (s == null) {
            return;
        }
        s.onChange(changes -> jobs.onUiThread(() -> {
            if (session.getValue() == s) {
                onChange.accept(changes);
            }
        }));
    }
}
