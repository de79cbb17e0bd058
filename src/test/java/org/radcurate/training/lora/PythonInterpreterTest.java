package org.radcurate.training.lora;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PythonInterpreterTest {
    @TempDir
    Path dir;

    private Path python(Path prefix) throws IOException {
        Path py = Files.createDirectories(prefix.resolve("bin")).resolve("python");
        Files.writeString(py, "#!/bin/sh\n");
        py.toFile().setExecutable(true);
        return py;
    }

    @Test
    void active_venv_then_conda_then_project_venv_then_conda_envs_then_path() throws IOException {
        Path active = dir.resolve("active");
        Path activePy = python(active);
        Files.writeString(active.resolve("pyvenv.cfg"), "home = /usr/bin\n");
        Path conda = dir.resolve("miniconda3");
        Path condaPy = python(conda);
        Files.createDirectories(conda.resolve("conda-meta"));
        Path work = Files.createDirectories(dir.resolve("work"));
        Path projectPy = python(work.resolve(".venv"));
        Files.writeString(work.resolve(".venv/pyvenv.cfg"), "home = /usr/bin\n");
        Path home = Files.createDirectories(dir.resolve("home"));
        Path envPy = python(home.resolve("miniconda3/envs/lora"));
        Files.createDirectories(home.resolve("miniconda3/envs/lora/conda-meta"));
        Path bin = Files.createDirectories(dir.resolve("usr/bin"));
        Path system = bin.resolve("python3");
        Files.writeString(system, "#!/bin/sh\n");
        system.toFile().setExecutable(true);
        List<PythonInterpreter> found = PythonInterpreter.detect(Map.of("VIRTUAL_ENV", active.toString(),
                "CONDA_PREFIX", conda.toString(), "PATH", bin + ":" + dir.resolve("missing")), work, home);
        assertEquals(List.of(activePy, condaPy, projectPy, envPy, system), found.stream().map(PythonInterpreter::executable).toList());
        assertEquals(List.of(PythonInterpreter.Kind.VENV, PythonInterpreter.Kind.CONDA, PythonInterpreter.Kind.VENV,
                PythonInterpreter.Kind.CONDA, PythonInterpreter.Kind.SYSTEM), found.stream().map(PythonInterpreter::kind).toList());
        assertEquals("conda env " + home.resolve("miniconda3/envs/lora"), found.get(3).label());
    }

    @Test
    void the_recipe_is_found_from_the_property_the_working_directory_or_beside_the_jar() throws IOException {
        Path installed = dir.resolve("opt/radcurate/recipes/lora");
        Files.createDirectories(installed.resolve("radcurate_lora"));
        Files.writeString(installed.resolve("radcurate_lora/__main__.py"), "");
        Path work = Files.createDirectories(dir.resolve("w"));
        assertEquals(installed, RecipeLocator.locate(installed.toString(), work, Optional.empty()));
        assertEquals(installed, RecipeLocator.locate(null, work, Optional.of(dir.resolve("opt/radcurate"))));
        assertEquals(installed, RecipeLocator.locate(null, dir.resolve("opt/radcurate"), Optional.empty()));
        assertEquals("the LoRA recipe was not found; looked in " + work.resolve("recipes/lora") + ", "
                + dir.resolve("lib/recipes/lora") + "; set -Dradcurate.recipe.dir=DIR",
                org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                        () -> RecipeLocator.locate(null, work, Optional.of(dir.resolve("lib")))).getMessage());
        assertEquals("the LoRA recipe is not in " + work + " (system property radcurate.recipe.dir): no radcurate_lora "
                + "package there", org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                        () -> RecipeLocator.locate(work.toString(), work, Optional.empty())).getMessage());
    }
}
