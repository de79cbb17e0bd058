package org.radcurate.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.radcurate.domain.Progress;
import org.radcurate.domain.ProgressDetail;
import org.radcurate.service.JobLane;

/** The production job runner on the real JavaFX thread: lanes, cancel after stop, typed progress, shutdown. */
class FxJobsTest {
    private static final long WAIT = 20;

    @BeforeAll
    static void toolkit() {
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyStarted) {
            // another test started it
        }
        Platform.setImplicitExit(false);
    }

    private static <T> T onFx(Supplier<T> work) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.get());
            } catch (RuntimeException e) {
                f.completeExceptionally(e);
            }
        });
        return f.get(WAIT, TimeUnit.SECONDS);
    }

    /** Waits until the UI thread has run everything queued so far. */
    private static void settle() throws Exception {
        onFx(() -> true);
    }

    @Test
    void anInteractiveJobFinishesWhileALongJobIsStillRunning() throws Exception {
        FxJobs jobs = new FxJobs();
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> longDone = new CompletableFuture<>();
        CompletableFuture<String> shortDone = new CompletableFuture<>();
        onFx(() -> jobs.submit(JobLane.TRAIN, "Training", (p, c) -> {
            release.await(WAIT, TimeUnit.SECONDS);
            return "trained";
        }, p -> { }, longDone::complete, longDone::completeExceptionally));
        onFx(() -> jobs.submit((p, c) -> "edit saved", p -> { }, shortDone::complete, shortDone::completeExceptionally));

        assertEquals("edit saved", shortDone.get(WAIT, TimeUnit.SECONDS));
        assertFalse(longDone.isDone());
        assertEquals(List.of("Training"), onFx(() -> jobs.jobList().stream().map(t -> t.getTitle()).toList()));
        release.countDown();
        assertEquals("trained", longDone.get(WAIT, TimeUnit.SECONDS));
        settle();
        assertEquals(0, (int) onFx(() -> jobs.jobList().size()));
        assertFalse(onFx(jobs::busy));
    }

    @Test
    void cancelIsReportedOnlyOnceTheJobHasStoppedAndNeverAsSuccess() throws Exception {
        FxJobs jobs = new FxJobs();
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean stillWorking = new AtomicBoolean(true);
        CompletableFuture<Throwable> failed = new CompletableFuture<>();
        AtomicBoolean succeeded = new AtomicBoolean();
        JobHandle handle = onFx(() -> jobs.submit(JobLane.LABEL, "Labelling", (p, cancelled) -> {
            running.countDown();
            release.await(WAIT, TimeUnit.SECONDS);
            boolean sawCancel = cancelled.getAsBoolean();
            stillWorking.set(false);
            if (sawCancel) {
                throw new CancellationException("labelling cancelled");
            }
            return "done";
        }, p -> { }, r -> succeeded.set(true), failed::complete));
        assertTrue(running.await(WAIT, TimeUnit.SECONDS));

        onFx(() -> {
            handle.cancel();
            return null;
        });
        settle();
        assertFalse(failed.isDone(), "cancel must not be reported while the job still runs");
        assertEquals(1, (int) onFx(() -> jobs.jobList().size()));
        assertEquals("Cancelling at the next batch…", onFx(() -> jobs.jobList().get(0).getMessage()));
        release.countDown();

        Throwable error = failed.get(WAIT, TimeUnit.SECONDS);
        assertInstanceOf(CancellationException.class, error);
        assertFalse(stillWorking.get());
        settle();
        assertFalse(succeeded.get());
    }

    @Test
    void aJobCancelledWhileQueuedNeverRuns() throws Exception {
        FxJobs jobs = new FxJobs();
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean secondRan = new AtomicBoolean();
        CompletableFuture<Throwable> secondFailed = new CompletableFuture<>();
        CompletableFuture<String> first = new CompletableFuture<>();
        onFx(() -> jobs.submit(JobLane.IMPORT, "first", (p, c) -> {
            release.await(WAIT, TimeUnit.SECONDS);
            return "first";
        }, p -> { }, first::complete, first::completeExceptionally));
        JobHandle second = onFx(() -> jobs.submit(JobLane.IMPORT, "second", (p, c) -> {
            secondRan.set(true);
            return "second";
        }, p -> { }, r -> { }, secondFailed::complete));
        assertEquals(List.of("first", "second"), onFx(() -> jobs.jobList().stream().map(t -> t.getTitle()).toList()));

        onFx(() -> {
            second.cancel();
            return null;
        });
        assertInstanceOf(CancellationException.class, secondFailed.get(WAIT, TimeUnit.SECONDS));
        release.countDown();
        assertEquals("first", first.get(WAIT, TimeUnit.SECONDS));
        settle();
        assertFalse(secondRan.get());
    }

    @Test
    void everyEventWithADetailArrivesInOrderWhilePlainOnesMayBeMerged() throws Exception {
        FxJobs jobs = new FxJobs();
        List<Progress> seen = new ArrayList<>();
        CompletableFuture<Integer> done = new CompletableFuture<>();
        onFx(() -> jobs.submit(JobLane.TRAIN, "Training", (p, c) -> {
            for (int epoch = 1; epoch <= 500; epoch++) {
                for (int step = 0; step < 20; step++) {
                    p.onProgress(Progress.of(step, 20, "batch " + step));
                }
                p.onProgress(new Progress(0, 0, "epoch " + epoch, new ProgressDetail.Epoch(epoch, 1.0 / epoch, 0.5)));
            }
            p.onProgress(Progress.of(20, 20, "last"));
            return 500;
        }, seen::add, done::complete, done::completeExceptionally));

        assertEquals(500, done.get(WAIT, TimeUnit.SECONDS));
        List<Integer> epochs = onFx(() -> seen.stream().flatMap(p -> p.detail(ProgressDetail.Epoch.class).stream())
                .map(ProgressDetail.Epoch::epoch).toList());
        assertEquals(java.util.stream.IntStream.rangeClosed(1, 500).boxed().toList(), epochs);
        assertEquals("last", onFx(() -> seen.get(seen.size() - 1).message()));
    }

    @Test
    void stopAllCancelsLongJobsLetsEditsFinishAndCallsBackOnlyWhenEverythingHasStopped() throws Exception {
        FxJobs jobs = new FxJobs();
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicReference<String> order = new AtomicReference<>("");
        onFx(() -> jobs.submit(JobLane.TRAIN, "Training", (p, cancelled) -> {
            running.countDown();
            release.await(WAIT, TimeUnit.SECONDS);
            if (cancelled.getAsBoolean()) {
                throw new CancellationException();
            }
            return "trained";
        }, p -> { }, r -> order.updateAndGet(o -> o + "trained "), e -> order.updateAndGet(o -> o + "cancelled ")));
        assertTrue(running.await(WAIT, TimeUnit.SECONDS));
        CompletableFuture<String> stopped = new CompletableFuture<>();
        onFx(() -> {
            jobs.submit((p, c) -> "edit", p -> { }, r -> order.updateAndGet(o -> o + "edit "), e -> { });
            jobs.stopAll(() -> stopped.complete(order.get()));
            return null;
        });
        settle();
        assertFalse(stopped.isDone());
        release.countDown();
        String seen = stopped.get(WAIT, TimeUnit.SECONDS);
        assertTrue(seen.equals("edit cancelled ") || seen.equals("cancelled edit "), seen);
        assertFalse(onFx(jobs::busy));
    }

    @Test
    void aFailingJobReportsItsOwnException() throws Exception {
        FxJobs jobs = new FxJobs();
        CompletableFuture<Throwable> failed = new CompletableFuture<>();
        onFx(() -> jobs.submit(JobLane.EXPORT, "Export", (p, c) -> {
            throw new java.io.IOException("disk full");
        }, p -> { }, r -> { }, failed::complete));
        Throwable e = failed.get(WAIT, TimeUnit.SECONDS);
        assertEquals("disk full", e.getMessage());
    }
}
