package org.radcurate.service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.radcurate.domain.LlmConsent;
import org.radcurate.labeling.llm.Endpoint;
import org.radcurate.persistence.Workspace;

/**
 * Whether report text may leave the machine. An endpoint on loopback needs nothing; any other needs
 * the workspace owner's consent for that endpoint in that workspace. Granting and withdrawing are
 * written to the audit log (who, when, endpoint).
 */
public final class LlmConsentService {
    public static final String GRANTED = "llm consent granted";
    public static final String WITHDRAWN = "llm consent withdrawn";

    /** Thrown when a run would send report text to an endpoint without consent. */
    public static final class ConsentRequiredException extends RuntimeException {
        public ConsentRequiredException(String message) {
            super(message);
        }
    }

    private LlmConsentService() {}

    /** The endpoint as consent and cache key it ({@code http://localhost:8000} gives {@code http://localhost:8000/v1}). */
    public static String normalize(String url) {
        return Endpoint.parse(url).url();
    }

    /** Whether the URL names this machine, so report text would not leave it. */
    public static boolean isLocal(String url) {
        return Endpoint.parse(url).loopback();
    }

    public static boolean needed(WorkspaceSession session, String url) {
        return needed(session, Endpoint.parse(url));
    }

    public static LlmConsent grant(WorkspaceSession session, String url, String who) {
        return grant(session, Endpoint.parse(url), who);
    }

    public static boolean withdraw(WorkspaceSession session, String url, String who) {
        return withdraw(session, Endpoint.parse(url), who);
    }

    public static boolean needed(WorkspaceSession session, Endpoint endpoint) {
        return !endpoint.loopback() && session.workspace().llm().consent(endpoint.url()).isEmpty();
    }

    public static Optional<LlmConsent> consent(WorkspaceSession session, Endpoint endpoint) {
        return session.workspace().llm().consent(endpoint.url());
    }

    public static List<LlmConsent> list(WorkspaceSession session) {
        return session.workspace().llm().consents();
    }

    /** Records that {@code who} allows report text of this workspace to be sent to the endpoint. */
    public static LlmConsent grant(WorkspaceSession session, Endpoint endpoint, String who) {
        String by = who == null || who.isBlank() ? "unknown" : who.strip();
        LlmConsent c = new LlmConsent(endpoint.url(), by, Instant.now());
        Workspace ws = session.workspace();
        ws.transaction(() -> {
            ws.llm().grant(c);
            ws.audit().append(by, GRANTED, "", endpoint.url(), "", "report text may be sent");
        });
        return c;
    }

    /** Withdraws consent for the endpoint; false when there was none. */
    public static boolean withdraw(WorkspaceSession session, Endpoint endpoint, String who) {
        String by = who == null || who.isBlank() ? "unknown" : who.strip();
        Workspace ws = session.workspace();
        return ws.transaction(() -> {
            boolean had = ws.llm().withdraw(endpoint.url());
            if (had) {
                ws.audit().append(by, WITHDRAWN, "", endpoint.url(), "report text may be sent", "");
            }
            return had;
        });
    }

    static void require(Workspace ws, Endpoint endpoint) {
        if (!endpoint.loopback() && ws.llm().consent(endpoint.url()).isEmpty()) {
            throw new ConsentRequiredException("report text would leave this machine for " + endpoint.url()
                    + ", and this workspace's owner has not allowed that endpoint; allow it with "
                    + "'llm consent -w WORKSPACE --grant " + endpoint.url() + "' or in Label > Run LLM Teacher");
        }
    }
}
