package org.radcurate.training.lora;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A Python interpreter the recipe can run with, and what kind of environment it belongs to: a
 * virtual environment (a {@code pyvenv.cfg} beside its {@code bin}), a conda env (a
 * {@code conda-meta} folder in its prefix) or the system's.
 */
public record PythonInterpreter(Path executable, Kind kind, String label) {
    public enum Kind { VENV, CONDA, SYSTEM }

    /** The kind of environment the interpreter at this path belongs to. */
    public static PythonInterpreter of(Path executable) {
        Path bin = executable.toAbsolutePath().getParent();
        Path prefix = bin == null ? null : bin.getParent();
        if (prefix != null && Files.isRegularFile(prefix.resolve("pyvenv.cfg"))) {
            return new PythonInterpreter(executable, Kind.VENV, "virtual environment " + prefix);
        }
        if (prefix != null && Files.isDirectory(prefix.resolve("conda-meta"))) {
            return new PythonInterpreter(executable, Kind.CONDA, "conda env " + prefix);
        }
        return new PythonInterpreter(executable, Kind.SYSTEM, "system Python " + executable);
    }

    /**
     * Interpreters worth offering, best first: the active virtual environment ({@code VIRTUAL_ENV}),
     * the active conda env ({@code CONDA_PREFIX}), {@code .venv} and {@code venv} in the working
     * directory, conda envs under {@code ~/miniconda3}, {@code ~/anaconda3}, {@code ~/miniforge3}, then
     * {@code python3} on the {@code PATH}. Only existing executables are listed.
     */
    public static List<PythonInterpreter> detect(Map<String, String> env, Path workingDir, Path home) {
        Set<Path> candidates = new LinkedHashSet<>();
        if (env.get("VIRTUAL_ENV") != null) {
            candidates.add(Path.of(env.get("VIRTUAL_ENV"), "bin", "python"));
        }
        if (env.get("CONDA_PREFIX") != null) {
            candidates.add(Path.of(env.get("CONDA_PREFIX"), "bin", "python"));
        }
        candidates.add(workingDir.resolve(".venv/bin/python"));
        candidates.add(workingDir.resolve("venv/bin/python"));
        for (String conda : List.of("miniconda3", "anaconda3", "miniforge3")) {
            Path envs = home.resolve(conda).resolve("envs");
            if (Files.isDirectory(envs)) {
                try (Stream<Path> s = Files.list(envs)) {
                    s.sorted().forEach(e -> candidates.add(e.resolve("bin/python")));
                } catch (IOException ignored) {
                    // an unreadable envs folder offers nothing
                }
            }
        }
        String path = env.getOrDefault("PATH", "");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (!dir.isBlank()) {
                candidates.add(Path.of(dir, "python3"));
            }
        }
        List<PythonInterpreter> out = new ArrayList<>();
        Set<Path> seen = new LinkedHashSet<>();
        for (Path c : candidates) {
            if (Files.isExecutable(c) && seen.add(c.toAbsolutePath().normalize())) {
                out.add(of(c.toAbsolutePath().normalize()));
            }
        }
        return out;
    }

    public static List<PythonInterpreter> detect() {
        return detect(System.getenv(), Path.of("").toAbsolutePath(), Path.of(System.getProperty("user.home")));
    }
}
