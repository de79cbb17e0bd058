package org.radcurate.ui.llm;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.radcurate.ui.common.Css;
import org.radcurate.ui.common.DisplayConverter;

/** The Run LLM Teacher window's content: the form, consent, estimate, and the run's progress. */
public final class LlmTeacherView extends BorderPane {
    public static final String BANNER = "llm-remote-banner";

    private final LlmTeacherViewModel vm;
    private final Label banner = new Label();
    private final TextField endpoint = new TextField();
    private final ComboBox<String> model = new ComboBox<>();
    private final Button test = new Button("Test connection");
    private final Label connection = new Label();
    private final TextField keyEnv = new TextField();
    private final Label keyFile = new Label();
    private final Button chooseKey = new Button("Key file…");
    private final ComboBox<String> task = new ComboBox<>();
    private final Label template = new Label();
    private final Button chooseTemplate = new Button("Template…");
    private final Button builtIn = new Button("Built-in");
    private final Spinner<Integer> concurrency = new Spinner<>(1, 512, 8);
    private final TextField pricePrompt = new TextField();
    private final TextField priceCompletion = new TextField();
    private final CheckBox consent = new CheckBox("I allow report text of this workspace to be sent to this endpoint");
    private final Button grant = new Button("Allow");
    private final Button withdraw = new Button("Withdraw consent");
    private final Button estimateButton = new Button("Estimate cost");
    private final Label estimate = new Label();
    private final Button run = new Button("Run");
    private final Button resume = new Button("Resume");
    private final Button cancel = new Button("Cancel");
    private final ProgressBar progress = new ProgressBar(0);
    private final Label progressText = new Label();
    private final Label status = new Label();

    public LlmTeacherView(LlmTeacherViewModel vm) {
        this.vm = vm;
        createView();
        bind();
    }

    private void createView() {
        setId("llmTeacher");
        banner.setId("llmBanner");
        banner.getStyleClass().add(BANNER);
        banner.setWrapText(true);
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.setStyle("-fx-background-color: #fff3cd; -fx-text-fill: #664d03; -fx-padding: 8; -fx-font-weight: bold;");
        endpoint.setId("llmEndpoint");
        endpoint.setPromptText("http://localhost:8000/v1");
        model.setId("llmModel");
        model.setEditable(true);
        test.setId("llmTest");
        keyEnv.setId("llmKeyEnv");
        keyEnv.setPromptText("environment variable, e.g. OPENAI_API_KEY");
        task.setId("llmTask");
        task.getItems().addAll("mc", "open", "both");
        task.setConverter(DisplayConverter.of(LlmTeacherViewModel::tasksLabel));
        concurrency.setId("llmConcurrency");
        concurrency.setEditable(true);
        pricePrompt.setId("llmPricePrompt");
        priceCompletion.setId("llmPriceCompletion");
        consent.setId("llmConsent");
        grant.setId("llmGrant");
        withdraw.setId("llmWithdraw");
        run.setId("llmRun");
        resume.setId("llmResume");
        cancel.setId("llmCancel");
        progress.setId("llmProgress");
        progress.setMaxWidth(Double.MAX_VALUE);
        status.setId("llmStatus");
        status.setWrapText(true);
        estimate.setWrapText(true);

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        int row = 0;
        form.addRow(row++, new Label("Endpoint"), endpoint, test);
        form.add(connection, 1, row++, 2, 1);
        form.addRow(row++, new Label("Model"), model);
        form.addRow(row++, new Label("API key"), keyEnv, new HBox(6, chooseKey, keyFile));
        form.addRow(row++, new Label("Task"), task);
        form.addRow(row++, new Label("Template"), template, new HBox(6, chooseTemplate, builtIn));
        form.addRow(row++, new Label("In flight"), concurrency);
        form.addRow(row++, new Label("Price / M tokens"), new HBox(6, new Label("prompt"), pricePrompt, new Label("completion"),
                priceCompletion));
        GridPane.setHgrow(endpoint, Priority.ALWAYS);
        endpoint.setPrefColumnCount(32);
        pricePrompt.setPrefColumnCount(6);
        priceCompletion.setPrefColumnCount(6);

        HBox consentRow = new HBox(8, consent, grant, withdraw);
        HBox estimateRow = new HBox(8, estimateButton, estimate);
        HBox runRow = new HBox(8, run, resume, cancel);
        Label title = new Label("Run an LLM teacher");
        title.getStyleClass().add(Css.SECTION_TITLE);
        VBox body = new VBox(10, title, banner, form, consentRow, estimateRow, runRow, progress, progressText, status);
        body.setPadding(new Insets(12));
        setCenter(body);
    }

    private void bind() {
        banner.textProperty().bind(vm.bannerProperty());
        banner.visibleProperty().bind(vm.bannerProperty().isNotEmpty());
        banner.managedProperty().bind(banner.visibleProperty());
        endpoint.textProperty().bindBidirectional(vm.endpointProperty());
        model.setItems(vm.models());
        model.valueProperty().bindBidirectional(vm.modelProperty());
        keyEnv.textProperty().bindBidirectional(vm.keyEnvProperty());
        keyFile.textProperty().bind(vm.keyFileProperty().asString("%s").map(s -> s.equals("null") ? "" : s));
        task.valueProperty().bindBidirectional(vm.taskProperty());
        template.textProperty().bind(vm.templateProperty().asString("%s").map(s -> s.equals("null") ? "built-in" : s));
        concurrency.getValueFactory().valueProperty().addListener((o, a, b) -> vm.concurrencyProperty().set(b));
        pricePrompt.textProperty().bindBidirectional(vm.pricePromptProperty());
        priceCompletion.textProperty().bindBidirectional(vm.priceCompletionProperty());
        consent.selectedProperty().bindBidirectional(vm.consentCheckedProperty());
        consent.visibleProperty().bind(vm.consentNeededProperty());
        grant.visibleProperty().bind(vm.consentNeededProperty());
        withdraw.visibleProperty().bind(vm.bannerProperty().isNotEmpty().and(vm.consentNeededProperty().not()));
        connection.textProperty().bind(vm.connectionProperty());
        estimate.textProperty().bind(vm.estimateProperty());
        progress.progressProperty().bind(vm.progressProperty());
        progressText.textProperty().bind(vm.progressTextProperty());
        status.textProperty().bind(vm.statusProperty());
        run.disableProperty().bind(vm.busyProperty().or(vm.consentNeededProperty()));
        resume.disableProperty().bind(vm.busyProperty().or(vm.canResumeProperty().not()).or(vm.consentNeededProperty()));
        cancel.disableProperty().bind(vm.busyProperty().not());

        test.setOnAction(e -> vm.testConnection());
        chooseKey.setOnAction(e -> vm.chooseKeyFile());
        chooseTemplate.setOnAction(e -> vm.chooseTemplate());
        builtIn.setOnAction(e -> vm.clearTemplate());
        grant.setOnAction(e -> vm.grantConsent());
        withdraw.setOnAction(e -> vm.withdrawConsent());
        estimateButton.setOnAction(e -> vm.estimate());
        run.setOnAction(e -> vm.run());
        resume.setOnAction(e -> vm.resume());
        cancel.setOnAction(e -> vm.cancel());
    }
}
