package org.radcurate.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radcurate.service.WorkspaceSession;

/** A screen follows the workspace only from its first show on, and then sees the one open at that moment. */
class ScreenSessionTest {
    @TempDir
    Path dir;

    private WorkspaceSession a;
    private WorkspaceSession b;
    private final SimpleObjectProperty<WorkspaceSession> main = new SimpleObjectProperty<>();

    @BeforeEach
    void open() throws Exception {
        a = WorkspaceSession.open(dir.resolve("a.radcurate"));
        b = WorkspaceSession.open(dir.resolve("b.radcurate"));
    }

    @AfterEach
    void close() {
        a.close();
        b.close();
    }

    @Test
    void noWorkspaceUntilShownWhateverTheMainWindowOpens() {
        ScreenSession screen = new ScreenSession(main);
        List<WorkspaceSession> seen = new ArrayList<>();
        screen.sessionProperty().addListener((o, was, now) -> seen.add(now));

        main.set(a);
        main.set(b);

        assertNull(screen.sessionProperty().get());
        assertFalse(screen.shown());
        assertEquals(List.of(), seen);
    }

    @Test
    void aWorkspaceOpenedBeforeTheFirstShowIsTheOneSeenWhenShown() {
        main.set(a);
        ScreenSession screen = new ScreenSession(main);
        List<WorkspaceSession> seen = new ArrayList<>();
        screen.sessionProperty().addListener((o, was, now) -> seen.add(now));
        main.set(b);

        screen.show();

        assertTrue(screen.shown());
        assertSame(b, screen.sessionProperty().get());
        assertEquals(List.of(b), seen);
    }

    @Test
    void afterTheFirstShowItFollowsEveryChangeAndShowingAgainChangesNothing() {
        ScreenSession screen = new ScreenSession(main);
        screen.show();
        List<WorkspaceSession> seen = new ArrayList<>();
        screen.sessionProperty().addListener((o, was, now) -> seen.add(now));

        main.set(a);
        screen.show();
        main.set(null);
        main.set(b);

        assertSame(b, screen.sessionProperty().get());
        assertEquals(java.util.Arrays.asList(a, null, b), seen);
    }

    @Test
    void shownWithNoWorkspaceOpenItWaitsForTheFirst() {
        ScreenSession screen = new ScreenSession(main);
        screen.show();
        assertNull(screen.sessionProperty().get());

        main.set(a);

        assertSame(a, screen.sessionProperty().get());
    }
}
