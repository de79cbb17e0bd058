package org.radcurate.ui.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radcurate.cli.RadCurateCli;
import org.radcurate.domain.ProgressListener;
import org.radcurate.service.SampleWorkspace;
import org.radcurate.service.WorkspaceSession;
import org.radcurate.ui.testing.ImmediateJobs;
import org.radcurate.ui.testing.ScriptedDialogs;

/** The LLM tab's "Write Slurm script…" writes exactly what {@code llm train --slurm} writes for the same settings. */
class LlmSlurmFormTest {
    @TempDir
    Path dir;
    WorkspaceSession session;
    final ScriptedDialogs dialogs = new ScriptedDialogs();
    LlmTrainViewModel vm;

    @BeforeEach
    void open() throws Exception {
        session = WorkspaceSession.open(SampleWorkspace.createIfMissing(dir.resolve("s.radcurate"), ProgressListener.NONE));
        vm = new LlmTrainViewModel(new SimpleObjectProperty<>(session), new ImmediateJobs(), dialogs, "tester");
        vm.runNameProperty().set("lora-a");
        vm.datasetProperty().set(dir.resolve("joint.alpaca.json").toString());
        vm.baseModelProperty().set("/models/Llama-3.1-8B-Instruct");
        vm.pythonProperty().set("/opt/env/bin/python");
        vm.settingsProperty().set("learning_rate=3e-4\n# the study's rate otherwise\ndevice=auto");
    }

    @AfterEach
    void close() {
        session.close();
    }

    private static String cli(String... args) {
        StringWriter err = new StringWriter();
        int code = RadCurateCli.commandLine(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true)).execute(args);
        assertEquals(0, code, err.toString());
        return err.toString();
    }

    @Test
    void the_window_writes_the_script_and_config_the_cli_writes_for_the_same_settings() throws Exception {
        Path cluster = dir.resolve("cluster").resolve("lora-a");
        Path window = dir.resolve("window.sbatch");
        LlmSlurmForm f = vm.slurmForm();
        f.gpusProperty().set("2");
        f.timeProperty().set("12:00:00");
        f.partitionProperty().set("gpu");
        f.clusterFolderProperty().set(cluster.toString());
        dialogs.files.add(window);
        vm.writeSlurm();
        Path config = cluster.resolve("recipe-config.json");
        assertEquals("Wrote " + window + " (2 GPUs, recipe config " + config + "); submit it on the cluster with sbatch "
                + "window.sbatch.", vm.statusProperty().get());
        String windowScript = Files.readString(window);
        String windowConfig = Files.readString(config);
        assertEquals("srun /opt/env/bin/python -m torch.distributed.run --standalone --nproc_per_node 2 -m radcurate_lora "
                + "train --config " + config, windowScript.lines().reduce((a, b) -> b).orElseThrow());
        assertEquals(List.of("#SBATCH --job-name=lora-a", "#SBATCH --nodes=1", "#SBATCH --ntasks=1", "#SBATCH --gres=gpu:2",
                "#SBATCH --cpus-per-task=16", "#SBATCH --time=12:00:00", "#SBATCH --partition=gpu",
                "#SBATCH --output=" + cluster.resolve("slurm-%j.jsonl"), "#SBATCH --error=" + cluster.resolve("slurm-%j.log")),
                windowScript.lines().filter(l -> l.startsWith("#SBATCH")).toList());

        Path byCli = dir.resolve("cli.sbatch");
        cli("llm", "train", "--slurm", byCli.toString(), "--out", cluster.toString(), "--name", "lora-a", "--gpus", "2",
                "--dataset", dir.resolve("joint.alpaca.json").toString(), "--base-model", "/models/Llama-3.1-8B-Instruct",
                "--python", "/opt/env/bin/python", "--set", "learning_rate=3e-4", "--set", "device=auto",
                "--slurm-time", "12:00:00", "--slurm-partition", "gpu");
        assertEquals(Files.readString(byCli), windowScript);
        assertEquals(Files.readString(config), windowConfig);
    }

    @Test
    void one_gpu_runs_one_process_and_nothing_is_written_without_a_file_or_over_a_kept_config() throws Exception {
        vm.writeSlurm(); // the save dialog was cancelled
        assertEquals("", vm.statusProperty().get());
        Path script = dir.resolve("one.sbatch");
        dialogs.files.add(script);
        vm.writeSlurm();
        Path config = dir.resolve("lora-a").resolve("recipe-config.json");
        assertEquals("srun /opt/env/bin/python -m radcurate_lora train --config " + config,
                Files.readString(script).lines().reduce((a, b) -> b).orElseThrow());
        Files.writeString(config, "{}");
        Files.delete(script);
        dialogs.files.add(script);
        dialogs.answers.add(false);
        vm.writeSlurm();
        assertEquals(List.of(config + " exists; the script's recipe config replaces it."), dialogs.confirmations);
        assertEquals("Nothing written: " + config + " was kept.", vm.statusProperty().get());
        assertEquals("{}", Files.readString(config));
        assertFalse(Files.exists(script));
        vm.slurmForm().gpusProperty().set("0");
        vm.writeSlurm();
        assertEquals("GPUs is a whole number of 1 or more, not '0'", vm.statusProperty().get());
    }
}
