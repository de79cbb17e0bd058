package org.radcurate.ui.common;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.StringProperty;
import org.radcurate.service.LlmConsentService;
import org.radcurate.service.UserMessages;
import org.radcurate.service.WorkspaceSession;

/**
 * The consent an endpoint off this machine needs before report text goes to it, as every screen that
 * talks to an LLM server asks for it: a banner naming where the text would go, whether the workspace's
 * owner has agreed (read on the interactive lane), and the tick-then-Allow that records the owner's
 * agreement in the audit log.
 */
@ViewModelPart
public final class EndpointConsent {
    private final StringProperty endpoint;
    private final Supplier<WorkspaceSession> session;
    private final Jobs jobs;
    private final String user;
    private final BooleanProperty checked = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper needed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper banner = new ReadOnlyStringWrapper("");

    public EndpointConsent(StringProperty endpoint, Supplier<WorkspaceSession> session, Jobs jobs, String user) {
        this.endpoint = endpoint;
        this.session = session;
        this.jobs = jobs;
        this.user = user;
    }

    /** Reads again whether the endpoint needs consent (it changed, the workspace changed, or consent was given). */
    public void update() {
        String url = url();
        try {
            boolean local = LlmConsentService.isLocal(url);
            banner.set(local ? "" : "Not on this machine: report text will be sent to "
                    + LlmConsentService.normalize(url) + ".");
            WorkspaceSession s = session.get();
            if (local || s == null) {
                needed.set(false);
                return;
            }
            // the consent table is read on the interactive lane, never on the UI thread
            jobs.submit((p, c) -> LlmConsentService.needed(s, url), p -> { }, answer -> {
                if (session.get() == s && url().equals(url)) {
                    needed.set(answer);
                }
            }, e -> needed.set(true));
        } catch (IllegalArgumentException e) {
            banner.set("");
            needed.set(false);
        }
    }

    /** The owner allows report text to go to the endpoint (the box must be ticked first); then {@code after}. */
    public void grant(Consumer<String> status, Runnable after) {
        WorkspaceSession s = session.get();
        if (s == null || !checked.get()) {
            status.accept("Tick the box to confirm that report text of this workspace may be sent to the endpoint.");
            return;
        }
        String url = url();
        jobs.submit((p, c) -> LlmConsentService.grant(s, url, user), p -> { }, done -> {
            checked.set(false);
            after.run();
            status.accept("Report text may now be sent to " + LlmConsentService.normalize(url)
                    + " (recorded in the audit log).");
        }, e -> status.accept(UserMessages.describe(e)));
    }

    private String url() {
        return endpoint.get() == null ? "" : endpoint.get().strip();
    }

    public BooleanProperty checkedProperty() {
        return checked;
    }

    public ReadOnlyBooleanProperty neededProperty() {
        return needed.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty bannerProperty() {
        return banner.getReadOnlyProperty();
    }
}
