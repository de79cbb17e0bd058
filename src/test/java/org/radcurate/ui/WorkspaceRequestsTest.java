package org.radcurate.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How macOS's open-file events reach the window: before it is ready, and while it is open. */
class WorkspaceRequestsTest {
    private final WorkspaceRequests requests = new WorkspaceRequests();
    private final List<Runnable> posted = new ArrayList<>();
    private final List<Path> opened = new ArrayList<>();

    @Test
    void aRequestBeforeTheWindowIsReadyIsOpenedAsTheStartsWorkspace() {
        Path file = Path.of("/data/cohort.radcurate");
        requests.request(List.of(file));

        assertEquals(Optional.of(file), requests.attach(posted::add, opened::add));
        assertTrue(posted.isEmpty());
        assertTrue(opened.isEmpty());
    }

    @Test
    void ofTwoEarlyRequestsTheNewestWins() {
        requests.request(List.of(Path.of("/data/first.radcurate")));
        requests.request(List.of(Path.of("/data/second.radcurate")));

        assertEquals(Optional.of(Path.of("/data/second.radcurate")), requests.attach(posted::add, opened::add));
    }

    @Test
    void withNoEarlyRequestTheStartOpensTheLastWorkspace() {
        assertEquals(Optional.empty(), requests.attach(posted::add, opened::add));
    }

    @Test
    void laterRequestsGoToTheOpenerOnItsExecutorInOrder() {
        requests.attach(posted::add, opened::add);
        requests.request(List.of(Path.of("/data/a.radcurate")));
        requests.request(List.of(Path.of("/data/b.radcurate")));

        assertTrue(opened.isEmpty(), "nothing opens off the executor (the JavaFX thread in the app)");
        posted.forEach(Runnable::run);
        assertEquals(List.of(Path.of("/data/a.radcurate"), Path.of("/data/b.radcurate")), opened);
    }

    @Test
    void anEarlyRequestIsOpenedOnceNotAgainByTheOpener() {
        requests.request(List.of(Path.of("/data/a.radcurate")));
        requests.attach(posted::add, opened::add);

        assertEquals(Optional.empty(), requests.attach(posted::add, opened::add));
        assertTrue(posted.isEmpty());
    }

    @Test
    void ofSeveralFilesOnlyTheFirstOpensAndRelativePathsBecomeAbsolute() {
        requests.attach(posted::add, opened::add);
        requests.request(List.of(Path.of("cohort.radcurate"), Path.of("/data/other.radcurate")));
        posted.forEach(Runnable::run);

        assertEquals(List.of(Path.of("cohort.radcurate").toAbsolutePath()), opened);
    }

    @Test
    void anEmptyRequestChangesNothing() {
        requests.request(List.of());
        assertEquals(Optional.empty(), requests.attach(posted::add, opened::add));
        requests.request(List.of());
        assertTrue(posted.isEmpty());
    }

    @Test
    void onlyMacOsGetsTheAwtHandlerSoLinuxNeverStartsAwtBesideJavaFx() {
        assertFalse(MacOpenFileEvents.install(requests, "Linux"));
        assertFalse(MacOpenFileEvents.install(requests, "Windows 11"));
    }
}
