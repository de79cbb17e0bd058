package org.radcurate.ui.train;

import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.radcurate.domain.ProgressListener;
import org.radcurate.domain.Split;
import org.radcurate.service.JobLane;
import org.radcurate.service.LlmServedPrediction;
import org.radcurate.service.LlmSpec;
import org.radcurate.service.UserMessages;
import org.radcurate.service.WorkspaceSession;
import org.radcurate.ui.common.EndpointConsent;
import org.radcurate.ui.common.JobHandle;
import org.radcurate.ui.common.Jobs;
import org.radcurate.ui.common.ViewModelPart;

/**
 * "Predict from a served model" (the window's {@code llm predict --endpoint}): an OpenAI-compatible
 * endpoint (vLLM with the run's adapter as a LoRA module), the served model's name, the student's
 * name ({@code student:NAME}) and the split. A non-loopback endpoint needs the workspace owner's
 * consent, given here as in the LLM teacher's window (tick, then Allow; kept in the audit log).
 */
@ViewModelPart
final class LlmServedForm {
    private final Supplier<WorkspaceSession> session;
    private final Jobs jobs;
    private final String user;
    private final Consumer<String> status;
    private final StringProperty endpoint = new SimpleStringProperty("http://localhost:8000/v1");
    private final StringProperty model = new SimpleStringProperty("");
    private final StringProperty student = new SimpleStringProperty("");
    private final ObjectProperty<String> split = new SimpleObjectProperty<>("test");
    private final EndpointConsent consent;

    LlmServedForm(Supplier<WorkspaceSession> session, Jobs jobs, String user, Consumer<String> status) {
        this.session = session;
        this.jobs = jobs;
        this.user = user;
        this.status = status;
        consent = new EndpointConsent(endpoint, session, jobs, user);
        endpoint.addListener((obs, old, now) -> updateEndpoint());
    }

    /** Reads again whether the endpoint needs consent (the workspace changed, or consent was given). */
    void updateEndpoint() {
        consent.update();
    }

    /** The owner allows report text to go to the endpoint (the box must be ticked first). */
    void grantConsent() {
        consent.grant(status, consent::update);
    }

    /** Asks the served model about the split and stores the answers as student:NAME; null when the form is wrong. */
    JobHandle predict(WorkspaceSession ws, BooleanProperty busy, Consumer<String> status, ProgressListener onProgress,
            Runnable stopped) {
        String name = student.get() == null ? "" : student.get().strip();
        String served = model.get() == null || model.get().isBlank() ? name : model.get().strip();
        if (endpoint.get() == null || endpoint.get().isBlank() || name.isEmpty()) {
            status.accept("Cannot predict: give the endpoint and the student's name (its source is student:NAME).");
            return null;
        }
        Split s;
        try {
            s = LlmDatasetForm.split(split.get());
        } catch (IllegalArgumentException e) {
            status.accept(e.getMessage());
            return null;
        }
        String where = s == null ? "every report" : "the " + s.key() + " split";
        LlmSpec spec = LlmSpec.of(endpoint.get().strip(), served);
        busy.set(true);
        status.accept("Asking " + served + " at " + endpoint.get().strip() + " about " + where + "…");
        return jobs.submit(JobLane.TRAIN, "Predicting with " + served, (p, c) -> LlmServedPrediction.predict(
                ws.lane(JobLane.TRAIN), name, s, spec, p, c), onProgress, (LlmServedPrediction.Served done) -> {
            busy.set(false);
            stopped.run();
            status.accept("Stored the served model's answers for " + done.predicted().reports() + " reports of " + where
                    + " as student source " + done.predicted().source().name() + " (unreadable: "
                    + done.predicted().multipleChoiceFailures() + " multiple-choice, "
                    + done.predicted().openEndedFailures() + " open-ended; failed requests: " + done.failedRequests()
                    + "); Compare shows it.");
        }, error -> {
            busy.set(false);
            stopped.run();
            status.accept(error instanceof CancellationException ? "Prediction cancelled; nothing was stored."
                    : "Failed: " + UserMessages.describe(error));
        });
    }

    StringProperty endpointProperty() {
        return endpoint;
    }

    StringProperty modelProperty() {
        return model;
    }

    StringProperty studentProperty() {
        return student;
    }

    ObjectProperty<String> splitProperty() {
        return split;
    }

    BooleanProperty consentCheckedProperty() {
        return consent.checkedProperty();
    }

    ReadOnlyBooleanProperty consentNeededProperty() {
        return consent.neededProperty();
    }

    ReadOnlyStringProperty bannerProperty() {
        return consent.bannerProperty();
    }
}
