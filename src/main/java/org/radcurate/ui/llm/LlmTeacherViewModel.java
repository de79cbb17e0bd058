package org.radcurate.ui.llm;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.radcurate.service.LlmConsentService;
import org.radcurate.service.LlmLabelService;
import org.radcurate.service.LlmRun;
import org.radcurate.service.LlmSpec;
import org.radcurate.service.WorkspaceSession;
import org.radcurate.ui.common.Dialogs;
import org.radcurate.ui.common.FileKind;
import org.radcurate.ui.common.EndpointConsent;
import org.radcurate.ui.common.Jobs;
import org.radcurate.ui.common.JobHandle;

/**
 * Label > Run LLM Teacher: the endpoint form, "test connection" with the server's model list, task,
 * template, concurrency and prices, the cost estimate, and the run with progress, tokens and ETA.
 * Cancel keeps every answer so far; Resume runs again and asks only for what is missing. While a
 * non-local endpoint is entered the banner says plainly that report text would leave the machine,
 * and a run needs the owner's consent, given (and withdrawn) here and kept in the audit log.
 */
public final class LlmTeacherViewModel {
    static final FileKind TEMPLATE = new FileKind("Prompt template (JSON)", List.of("*.json"));

    private final ReadOnlyObjectProperty<WorkspaceSession> session;
    private final Jobs jobs;
    private final Dialogs dialogs;
    private final String user;

    private final StringProperty endpoint = new SimpleStringProperty("http://localhost:8000/v1");
    private final StringProperty model = new SimpleStringProperty("");
    private final StringProperty keyEnv = new SimpleStringProperty("");
    private final ObjectProperty<Path> keyFile = new SimpleObjectProperty<>();
    private final StringProperty task = new SimpleStringProperty("mc");
    private final ObjectProperty<Path> template = new SimpleObjectProperty<>();
    private final IntegerProperty concurrency = new SimpleIntegerProperty(8);
    private final StringProperty pricePrompt = new SimpleStringProperty("0");
    private final StringProperty priceCompletion = new SimpleStringProperty("0");

    private final ObservableList<String> models = FXCollections.observableArrayList();
    private final EndpointConsent consent;
    private final ReadOnlyStringWrapper connection = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper estimate = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canResume = new ReadOnlyBooleanWrapper(false);
    private JobHandle running;

    public LlmTeacherViewModel(ReadOnlyObjectProperty<WorkspaceSession> session, Jobs jobs, Dialogs dialogs, String user) {
        this.session = session;
        this.jobs = jobs;
        this.dialogs = dialogs;
        this.user = user;
        consent = new EndpointConsent(endpoint, session::get, jobs, user);
        endpoint.addListener((obs, old, now) -> updateEndpoint());
        session.addListener((obs, old, now) -> updateEndpoint());
        updateEndpoint();
    }

    private void updateEndpoint() {
        canResume.set(false);
        estimate.set("");
        consent.update();
    }

    LlmSpec spec() {
        String prompt = pricePrompt.get().isBlank() ? "0" : pricePrompt.get().strip();
        String completion = priceCompletion.get().isBlank() ? "0" : priceCompletion.get().strip();
        double p;
        double c;
        try {
            p = Double.parseDouble(prompt);
            c = Double.parseDouble(completion);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("prices must be numbers (per million tokens)");
        }
        LlmSpec base = LlmSpec.of(endpoint.get(), model.get()).withTasks(task.get()).withConcurrency(concurrency.get())
                .withKey(keyEnv.get().isBlank() ? null : keyEnv.get().strip(), keyFile.get())
                .withPrices(p, c);
        return template.get() == null ? base : base.withTemplates(List.of(template.get()));
    }

    public void chooseTemplate() {
        dialogs.chooseFileToOpen("Prompt template", List.of(TEMPLATE, FileKind.ANY)).ifPresent(template::set);
    }

    public void clearTemplate() {
        template.set(null);
    }

    public void chooseKeyFile() {
        dialogs.chooseFileToOpen("API key file", List.of(FileKind.ANY)).ifPresent(keyFile::set);
    }

    /** Asks the server for its models; the first becomes the model when none is chosen. */
    public void testConnection() {
        LlmSpec spec;
        try {
            spec = spec();
        } catch (IllegalArgumentException e) {
            connection.set(e.getMessage());
            return;
        }
        connection.set("Connecting…");
        // a network call: on the LLM lane, never in front of an edit
        jobs.submit(org.radcurate.service.JobLane.LLM, "Listing models", (p, c) -> LlmLabelService.models(spec),
                p -> { }, list -> {
            models.setAll(list);
            connection.set("Connected: " + list.size() + (list.size() == 1 ? " model" : " models"));
            if ((model.get() == null || model.get().isBlank()) && !list.isEmpty()) {
                model.set(list.get(0));
            }
        }, e -> connection.set("Cannot connect: " + message(e)));
    }

    /** The owner allows report text to go to the endpoint (the box must be ticked first). */
    public void grantConsent() {
        consent.grant(status::set, this::updateEndpoint);
    }

    public void withdrawConsent() {
        WorkspaceSession s = session.get();
        if (s == null) {
            return;
        }
        String url = endpoint.get();
        jobs.submit((p, c) -> LlmConsentService.withdraw(s, url, user), p -> { }, had -> {
            updateEndpoint();
            status.set(had ? "Consent withdrawn for " + LlmConsentService.normalize(url) + "."
                    : "There was no consent to withdraw.");
        }, e -> status.set(message(e)));
    }

    public void estimate() {
        WorkspaceSession s = session.get();
        if (s == null) {
            return;
        }
        LlmSpec spec;
        try {
            spec = spec();
        } catch (IllegalArgumentException e) {
            estimate.set(message(e));
            return;
        }
        jobs.submit((p, c) -> LlmLabelService.estimate(s, LlmRun.from(spec, s.activeSchema())).describe(), p -> { },
                estimate::set, e -> estimate.set(message(e)));
    }

    /** Starts (or resumes) the run: answers already in the cache cost nothing. */
    public void run() {
        WorkspaceSession s = session.get();
        if (s == null || busy.get()) {
            return;
        }
        if (model.get() == null || model.get().isBlank()) {
            status.set("Choose a model (Test connection lists the server's models).");
            return;
        }
        LlmSpec spec;
        try {
            spec = spec();
        } catch (Exception e) {
            status.set(message(e));
            return;
        }
        busy.set(true);
        canResume.set(false);
        status.set("");
        progress.set(0);
        // the schema (and the key file) are read on the LLM lane with the run, not on the UI thread
        running = jobs.submit(org.radcurate.service.JobLane.LLM, "LLM teacher " + model.get().strip(), (p, c) -> {
            WorkspaceSession lane = s.lane(org.radcurate.service.JobLane.LLM);
            return LlmLabelService.labelWorkspace(lane, LlmRun.from(spec, lane.activeSchema()), p, c);
        }, p -> {
            progress.set(Math.max(0, p.fraction()));
            progressText.set(p.message());
        }, result -> {
            busy.set(false);
            progress.set(1);
            status.set(result.describe());
        }, e -> {
            busy.set(false);
            canResume.set(e instanceof CancellationException);
            status.set(message(e));
        });
    }

    public void resume() {
        run();
    }

    public void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    private static String message(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && (t.getMessage() == null || t instanceof java.util.concurrent.ExecutionException)) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
    }

    public StringProperty endpointProperty() {
        return endpoint;
    }

    public StringProperty modelProperty() {
        return model;
    }

    public StringProperty keyEnvProperty() {
        return keyEnv;
    }

    public ObjectProperty<Path> keyFileProperty() {
        return keyFile;
    }

    public StringProperty taskProperty() {
        return task;
    }

    public ObjectProperty<Path> templateProperty() {
        return template;
    }

    public IntegerProperty concurrencyProperty() {
        return concurrency;
    }

    public StringProperty pricePromptProperty() {
        return pricePrompt;
    }

    public StringProperty priceCompletionProperty() {
        return priceCompletion;
    }

    public BooleanProperty consentCheckedProperty() {
        return consent.checkedProperty();
    }

    public ObservableList<String> models() {
        return models;
    }

    /** Empty for an endpoint on this machine; otherwise the plain warning the window shows. */
    public ReadOnlyStringProperty bannerProperty() {
        return consent.bannerProperty();
    }

    public ReadOnlyBooleanProperty consentNeededProperty() {
        return consent.neededProperty();
    }

    public ReadOnlyStringProperty connectionProperty() {
        return connection.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty estimateProperty() {
        return estimate.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canResumeProperty() {
        return canResume.getReadOnlyProperty();
    }

    static String tasksLabel(String code) {
        return switch (code.toLowerCase(Locale.ROOT)) {
            case "open" -> "Open-ended (ICD-10-CM concepts)";
            case "both" -> "Both";
            default -> "Multiple choice (findings)";
        };
    }
}
