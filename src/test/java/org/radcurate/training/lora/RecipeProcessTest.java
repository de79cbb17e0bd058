package org.radcurate.training.lora;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecipeProcessTest {
    @TempDir
    Path dir;

    private static final String PY = System.getProperty("radcurate.python");

    @Test
    void events_arrive_in_order_and_library_chatter_is_left_out() throws Exception {
        String script = "import sys\n"
                + "print('Loading shards 100%')\n"
                + "print('{\"event\": \"start\", \"total_steps\": 2}')\n"
                + "print('{\"event\": \"step\", \"step\": 1, \"total_steps\": 2, \"loss\": 2.5}')\n"
                + "sys.stderr.write('a warning\\n')\n"
                + "print('{\"event\": \"end\", \"adapter\": \"out/adapter\"}')\n";
        List<String> seen = new ArrayList<>();
        RecipeProcess.Result r = RecipeProcess.run(List.of(PY, "-c", script), dir, Map.of(), dir.resolve("log.txt"),
                e -> seen.add(e.event()), () -> false);
        assertEquals(List.of("start", "step", "end"), seen);
        assertEquals(true, r.ok());
        assertEquals(List.of("a warning"), r.stderrTail());
        assertEquals(List.of("a warning"), java.nio.file.Files.readAllLines(dir.resolve("log.txt")));
    }

    @Test
    void the_recipes_error_message_is_what_the_user_sees() throws Exception {
        String script = "import sys\nprint('{\"event\": \"error\", \"message\": \"dataset not found: x.json\"}')\nsys.exit(1)\n";
        RecipeProcess.Result r = RecipeProcess.run(List.of(PY, "-c", script), dir, Map.of(), null, e -> { }, () -> false);
        assertEquals(1, r.exitCode());
        assertEquals("dataset not found: x.json", r.describe());
        RecipeProcess.Result crash = RecipeProcess.run(List.of(PY, "-c", "import sys\nsys.stderr.write('Killed\\n')\nsys.exit(137)"),
                dir, Map.of(), null, e -> { }, () -> false);
        assertEquals("the recipe exited with code 137: Killed", crash.describe());
    }

    @Test
    void cancel_ends_the_whole_process_tree() throws Exception {
        // a launcher-like parent with a worker child that would run for ten minutes
        String script = "import json, subprocess, sys, time\n"
                + "child = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(600)'])\n"
                + "print(json.dumps({'event': 'start', 'child': child.pid}), flush=True)\n"
                + "child.wait()\n";
        AtomicLong child = new AtomicLong();
        AtomicBoolean cancel = new AtomicBoolean();
        assertThrows(CancellationException.class, () -> RecipeProcess.run(List.of(PY, "-c", script), dir, Map.of(), null,
                e -> {
                    child.set(e.number("child"));
                    cancel.set(true);
                }, cancel::get));
        ProcessHandle worker = ProcessHandle.of(child.get()).orElse(null);
        if (worker != null) {
            worker.onExit().get(30, TimeUnit.SECONDS);
        }
        assertFalse(ProcessHandle.of(child.get()).map(ProcessHandle::isAlive).orElse(false));
    }
}
