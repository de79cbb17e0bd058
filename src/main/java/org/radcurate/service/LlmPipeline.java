package org.radcurate.service;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import org.radcurate.domain.LlmCachedAnswer;
import org.radcurate.domain.Report;
import org.radcurate.labeling.llm.ChatMessage;
import org.radcurate.labeling.llm.ChatResult;
import org.radcurate.labeling.llm.LlmClient;
import org.radcurate.labeling.llm.LlmException;

/**
 * Asks the LLM about a stream of reports with the client's concurrency, while the calling thread
 * (the only one that touches the workspace) takes answers in batches. Cached answers skip the
 * network. At most four times the concurrency is outstanding (slack for the batch commits), so memory stays flat however many reports
 * there are. A refused connection or an authorization or not-found error stops the run; other
 * failed requests are counted and left for the next run.
 */
final class LlmPipeline {
    static final int BATCH = 64;

    /** One report to ask about, with its cached answer when there is one. */
    record Job(Report report, String textHash, LlmCachedAnswer cached) {}

    /**
     * What came back for one report: an answer (asked now or cached) with what the caller's
     * interpreter made of it, or the request's failure.
     */
    record Outcome(Report report, String textHash, String answer, long promptTokens, long completionTokens,
            boolean fromCache, LlmException error, Object interpreted) {}

    private LlmPipeline() {}

    /**
     * Runs every job; {@code interpret} reads each answer on the request's thread (so parsing runs in
     * parallel), and {@code sink} gets outcomes in batches on the calling thread. On cancel it stops
     * asking, hands over what has arrived and throws {@link CancellationException}.
     */
    static void run(Iterator<Job> jobs, LlmClient client, Function<Report, List<ChatMessage>> render,
            BiFunction<Report, String, Object> interpret, Consumer<List<Outcome>> sink, BooleanSupplier cancelled)
            throws InterruptedException {
        int concurrency = client.settings().concurrency();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency, r -> {
            Thread t = new Thread(r, "llm-request");
            t.setDaemon(true);
            return t;
        });
        LinkedBlockingQueue<Future<Outcome>> done = new LinkedBlockingQueue<>();
        Deque<Future<Outcome>> outstanding = new ArrayDeque<>();
        List<Outcome> batch = new ArrayList<>(BATCH);
        int window = concurrency * 4;
        LlmException fatal = null;
        boolean stopped = false;
        try {
            while (jobs.hasNext()) {
                if (cancelled.getAsBoolean()) {
                    stopped = true;
                    break;
                }
                Job job = jobs.next();
                if (job.cached() != null) {
                    LlmCachedAnswer c = job.cached();
                    add(batch, new Outcome(job.report(), job.textHash(), c.answer(), c.promptTokens(), c.completionTokens(),
                            true, null, interpret.apply(job.report(), c.answer())), sink);
                    continue;
                }
                while (outstanding.size() >= window && fatal == null) {
                    fatal = take(done.take(), outstanding, batch, sink);
                }
                if (fatal != null) {
                    break;
                }
                submit(pool, client, render, interpret, job, done, outstanding);
                Future<Outcome> ready;
                while (fatal == null && (ready = done.poll()) != null) {
                    fatal = take(ready, outstanding, batch, sink);
                }
                if (fatal != null) {
                    break;
                }
            }
            if (stopped || fatal != null) {
                outstanding.forEach(f -> f.cancel(true));
            }
            while (!outstanding.isEmpty()) {
                Future<Outcome> f = done.poll(1, TimeUnit.SECONDS);
                if (f == null) {
                    continue;
                }
                LlmException e = take(f, outstanding, batch, sink);
                fatal = fatal == null ? e : fatal;
            }
            if (!batch.isEmpty()) {
                sink.accept(List.copyOf(batch));
                batch.clear();
            }
        } finally {
            pool.shutdownNow();
        }
        if (fatal != null) {
            throw fatal;
        }
        if (stopped) {
            throw new CancellationException("cancelled");
        }
    }

    private static void submit(ExecutorService pool, LlmClient client, Function<Report, List<ChatMessage>> render,
            BiFunction<Report, String, Object> interpret, Job job, LinkedBlockingQueue<Future<Outcome>> done,
            Deque<Future<Outcome>> outstanding) {
        java.util.concurrent.FutureTask<Outcome> task = new java.util.concurrent.FutureTask<>(() -> {
            try {
                ChatResult r = client.chat(render.apply(job.report()));
                return new Outcome(job.report(), job.textHash(), r.content(), r.promptTokens(), r.completionTokens(), false, null,
                        interpret.apply(job.report(), r.content()));
            } catch (LlmException e) {
                return new Outcome(job.report(), job.textHash(), null, 0, 0, false, e, null);
            }
        }) {
            @Override
            protected void done() {
                done.add(this);
            }
        };
        outstanding.add(task);
        pool.execute(task);
    }

    /** Moves one finished request into the batch; returns the error when it must stop the run. */
    private static LlmException take(Future<Outcome> f, Deque<Future<Outcome>> outstanding, List<Outcome> batch,
            Consumer<List<Outcome>> sink) throws InterruptedException {
        outstanding.remove(f);
        if (f.isCancelled()) {
            return null;
        }
        Outcome o;
        try {
            o = f.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof InterruptedException) {
                return null;
            }
            throw new IllegalStateException("an LLM request failed unexpectedly: " + cause, cause);
        }
        add(batch, o, sink);
        return o.error() != null && fatal(o.error()) ? o.error() : null;
    }

    private static void add(List<Outcome> batch, Outcome o, Consumer<List<Outcome>> sink) {
        batch.add(o);
        if (batch.size() >= BATCH) {
            sink.accept(List.copyOf(batch));
            batch.clear();
        }
    }

    static boolean fatal(LlmException e) {
        return e.kind() == LlmException.Kind.REFUSED || (e.kind() == LlmException.Kind.HTTP
                && (e.status() == 401 || e.status() == 403 || e.status() == 404));
    }
}
