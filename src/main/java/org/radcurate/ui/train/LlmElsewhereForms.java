package org.radcurate.ui.train;

import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * The LLM tab's runs elsewhere: the training run written as a Slurm batch script for a cluster, and
 * answers from a served model (vLLM with the adapter) stored as a student source.
 */
final class LlmElsewhereForms {
    private LlmElsewhereForms() {}

    /** "3. Slurm script": GPUs, time limit, partition, the run's folder there, and Write Slurm script…. */
    static TitledPane slurm(LlmTrainViewModel vm) {
        LlmSlurmForm f = vm.slurmForm();
        GridPane g = LlmTrainPane.grid();
        int row = 0;
        g.addRow(row++, new Label("GPUs"), LlmTrainPane.field("llmSlurmGpus", f.gpusProperty(), "1 node; torchrun when more than 1"));
        g.addRow(row++, new Label("Time limit"), LlmTrainPane.field("llmSlurmTime", f.timeProperty(), "HH:MM:SS"));
        g.addRow(row++, new Label("Partition"), LlmTrainPane.field("llmSlurmPartition", f.partitionProperty(), "the cluster's default"));
        g.addRow(row++, new Label("Cluster folder"), LlmTrainPane.field("llmSlurmFolder", f.clusterFolderProperty(),
                "blank: beside the script"));
        Button write = LlmTrainPane.button("llmWriteSlurm", "Write Slurm script…", vm::writeSlurm);
        write.disableProperty().bind(vm.busyProperty());
        g.add(write, 1, row);
        TitledPane pane = new TitledPane("3. Slurm script (llm train --slurm)", g);
        pane.setCollapsible(false);
        pane.setMinWidth(0); // a long title is cut, rather than widening the left column
        return pane;
    }

    /** "4. Served model": endpoint, served model name, student name, split, consent, Predict. */
    static TitledPane served(LlmTrainViewModel vm) {
        LlmServedForm f = vm.servedForm();
        ComboBox<String> split = new ComboBox<>(FXCollections.observableArrayList(LlmDatasetForm.SPLITS));
        split.setId("llmServedSplit");
        split.valueProperty().bindBidirectional(f.splitProperty());
        Label banner = new Label();
        banner.setId("llmServedBanner");
        banner.setWrapText(true);
        banner.getStyleClass().add(org.radcurate.ui.llm.LlmTeacherView.BANNER);
        banner.setStyle("-fx-background-color: #fff3cd; -fx-text-fill: #664d03; -fx-padding: 6; -fx-font-weight: bold;");
        banner.textProperty().bind(f.bannerProperty());
        banner.visibleProperty().bind(f.bannerProperty().isNotEmpty());
        banner.managedProperty().bind(banner.visibleProperty());
        CheckBox consent = new CheckBox("I allow report text of this workspace to be sent to this endpoint");
        consent.setId("llmServedConsent");
        consent.setWrapText(true);
        consent.selectedProperty().bindBidirectional(f.consentCheckedProperty());
        Button allow = LlmTrainPane.button("llmServedAllow", "Allow", f::grantConsent);
        VBox consentRow = new VBox(6, consent, allow);
        consentRow.visibleProperty().bind(f.consentNeededProperty());
        consentRow.managedProperty().bind(consentRow.visibleProperty());
        GridPane g = LlmTrainPane.grid();
        int row = 0;
        g.addRow(row++, new Label("Endpoint"), LlmTrainPane.field("llmServedEndpoint", f.endpointProperty(),
                "OpenAI-compatible /v1 URL"));
        g.addRow(row++, new Label("Model"), LlmTrainPane.field("llmServedModel", f.modelProperty(),
                "vLLM --lora-modules name; blank: Student"));
        g.addRow(row++, new Label("Student"), LlmTrainPane.field("llmServedStudent", f.studentProperty(),
                "stored as student:NAME"));
        g.addRow(row++, new Label("Split"), split);
        Button predict = LlmTrainPane.button("llmServedPredict", "Predict from served model", vm::predictServed);
        predict.disableProperty().bind(vm.busyProperty().or(f.consentNeededProperty()));
        VBox box = new VBox(6, banner, g, consentRow, predict);
        TitledPane pane = new TitledPane("4. Served model (llm predict)", box);
        pane.setCollapsible(false);
        pane.setMinWidth(0);
        return pane;
    }
}
