package org.radcurate.training.lora;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Runs the recipe as a subprocess: its JSON lines go to a consumer as {@link RecipeEvent}s as they
 * come, its standard error is kept (the last lines, for the error message) and copied to a log
 * file, and a cancel ends the whole process tree (launcher, workers, data loaders).
 */
public final class RecipeProcess {
    /** How a run ended: the exit code, the recipe's own error message if it sent one, and the last lines of stderr. */
    public record Result(int exitCode, String errorMessage, List<String> stderrTail) {
        public boolean ok() {
            return exitCode == 0 && errorMessage == null;
        }

        /** The sentence for the user: the recipe's message, else the last line it wrote to stderr. */
        public String describe() {
            if (errorMessage != null) {
                return errorMessage;
            }
            return "the recipe exited with code " + exitCode
                    + (stderrTail.isEmpty() ? "" : ": " + stderrTail.get(stderrTail.size() - 1));
        }
    }

    private static final int TAIL = 40;

    private RecipeProcess() {}

    /**
     * Starts the command with PYTHONPATH set to the recipe folder and waits for it, polling the
     * cancel flag; on cancel the process tree is ended and a CancellationException thrown.
     */
    public static Result run(List<String> command, Path recipeDir, Map<String, String> extraEnv, Path logFile,
            Consumer<RecipeEvent> events, BooleanSupplier cancelled) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command);
        String path = recipeDir.toString();
        String old = System.getenv("PYTHONPATH");
        pb.environment().put("PYTHONPATH", old == null || old.isBlank() ? path : path + java.io.File.pathSeparator + old);
        pb.environment().put("PYTHONUNBUFFERED", "1");
        pb.environment().put("TOKENIZERS_PARALLELISM", "false");
        pb.environment().putAll(extraEnv);
        if (logFile != null) {
            java.nio.file.Files.createDirectories(logFile.toAbsolutePath().getParent());
        }
        Process process = pb.start();
        process.getOutputStream().close();
        Deque<String> tail = new ArrayDeque<>();
        String[] error = new String[1];
        Thread err = new Thread(() -> copyStderr(process, logFile, tail), "recipe-stderr");
        err.setDaemon(true);
        err.start();
        java.util.concurrent.BlockingQueue<Object> queue = new java.util.concurrent.LinkedBlockingQueue<>();
        Object done = new Object();
        Thread out = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    RecipeEvent.parse(line).ifPresent(queue::add);
                }
            } catch (IOException ignored) {
                // the stream closes when the process ends
            } finally {
                queue.add(done);
            }
        }, "recipe-stdout");
        out.setDaemon(true);
        out.start();
        // Events are handed over on the caller's thread (it may write them to the workspace).
        try {
            while (true) {
                Object item = queue.poll(100, TimeUnit.MILLISECONDS);
                if (item == done) {
                    break;
                }
                if (item instanceof RecipeEvent e) {
                    if (e.is("error")) {
                        error[0] = e.text("message");
                    }
                    events.accept(e);
                }
                if (cancelled.getAsBoolean()) {
                    destroyTree(process);
                    throw new CancellationException("the LoRA run was cancelled; it resumes from its last checkpoint");
                }
            }
            process.waitFor();
            err.join();
        } catch (InterruptedException e) {
            destroyTree(process);
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted; the recipe was stopped");
        }
        synchronized (tail) {
            return new Result(process.exitValue(), error[0], List.copyOf(tail));
        }
    }

    /** Ends the process and every descendant: politely first, then forcibly after 10 s. */
    public static void destroyTree(Process process) {
        List<ProcessHandle> tree = process.toHandle().descendants().toList();
        tree.forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        for (ProcessHandle h : tree) {
            if (h.isAlive()) {
                h.destroyForcibly();
            }
        }
    }

    private static void copyStderr(Process process, Path logFile, Deque<String> tail) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
                var log = logFile == null ? null : java.nio.file.Files.newBufferedWriter(logFile, StandardCharsets.UTF_8,
                        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (log != null) {
                    log.write(line);
                    log.newLine();
                    log.flush();
                }
                synchronized (tail) {
                    tail.addLast(line);
                    if (tail.size() > TAIL) {
                        tail.removeFirst();
                    }
                }
            }
        } catch (IOException ignored) {
            // the stream closes when the process ends
        }
    }
}
