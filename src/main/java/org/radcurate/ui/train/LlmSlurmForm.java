package org.radcurate.ui.train;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.radcurate.service.LlmTraining;
import org.radcurate.service.UserMessages;
import org.radcurate.ui.common.Dialogs;
import org.radcurate.ui.common.FileKind;
import org.radcurate.ui.common.Jobs;
import org.radcurate.ui.common.ViewModelPart;

/**
 * "Write Slurm script…" (the window's {@code llm train --slurm FILE}): the run form's settings with the
 * GPUs of the node (torchrun under srun when more than one), the time limit, the partition and the
 * run's folder on the cluster (blank: a folder named after the run beside the script). The script goes
 * to the file the save dialog names (which asks before replacing one); the recipe config it points
 * at is replaced only after asking.
 */
@ViewModelPart
final class LlmSlurmForm {
    static final FileKind SCRIPT = new FileKind("Slurm batch script", List.of("*.sbatch", "*.sh"));

    private final Jobs jobs;
    private final Dialogs dialogs;
    private final StringProperty gpus = new SimpleStringProperty("1");
    private final StringProperty time = new SimpleStringProperty("24:00:00");
    private final StringProperty partition = new SimpleStringProperty("");
    private final StringProperty clusterFolder = new SimpleStringProperty("");

    LlmSlurmForm(Jobs jobs, Dialogs dialogs) {
        this.jobs = jobs;
        this.dialogs = dialogs;
    }

    /** The GPUs to ask for; an error names what is wrong. */
    int gpus() {
        try {
            int n = Integer.parseInt(gpus.get().strip());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException("GPUs is a whole number of 1 or more, not '" + gpus.get() + "'");
    }

    /** The launcher the CLI uses for that many GPUs: one process, or torchrun with one per GPU. */
    static String launcher(int gpus) {
        return gpus > 1 ? "torchrun" : "python";
    }

    /** Asks where to save the script for the request, then writes it and the recipe config (a short job). */
    void write(LlmTraining.Request request, BooleanProperty busy, Consumer<String> status) {
        Path script = dialogs.chooseFileToSave("Write Slurm script", request.runName().replaceAll("[^A-Za-z0-9._-]", "_")
                + ".sbatch", List.of(SCRIPT, FileKind.ANY)).orElse(null);
        if (script == null) {
            return;
        }
        Path dir = clusterFolder.get() == null || clusterFolder.get().isBlank()
                ? script.toAbsolutePath().resolveSibling(request.runName().replaceAll("[^A-Za-z0-9._-]", "_"))
                : Path.of(clusterFolder.get().strip());
        Path config = dir.toAbsolutePath().resolve("recipe-config.json");
        if (Files.exists(config) && !dialogs.confirm("Replace the recipe config?", config + " exists; the script's "
                + "recipe config replaces it.", "Replace")) {
            status.accept("Nothing written: " + config + " was kept.");
            return;
        }
        String limit = time.get() == null ? "" : time.get().strip();
        String part = partition.get() == null || partition.get().isBlank() ? null : partition.get().strip();
        busy.set(true);
        jobs.submit((p, c) -> LlmTraining.writeSlurm(request, dir, script, limit, part), p -> { }, written -> {
            busy.set(false);
            status.accept("Wrote " + script + " (" + request.processes() + (request.processes() == 1 ? " GPU" : " GPUs")
                    + ", recipe config " + written + "); submit it on the cluster with sbatch " + script.getFileName() + ".");
        }, e -> {
            busy.set(false);
            status.accept("Could not write the script: " + UserMessages.describe(e));
        });
    }

    StringProperty gpusProperty() {
        return gpus;
    }

    StringProperty timeProperty() {
        return time;
    }

    StringProperty partitionProperty() {
        return partition;
    }

    StringProperty clusterFolderProperty() {
        return clusterFolder;
    }
}
