package org.radcurate.ui.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radcurate.domain.ProgressListener;
import org.radcurate.domain.ReportReadOptions;
import org.radcurate.service.WorkspaceSession;
import org.radcurate.service.llm.FakeChatServer;
import org.radcurate.service.llm.FakeChatServer.Reply;
import org.radcurate.ui.testing.ImmediateJobs;
import org.radcurate.ui.testing.ScriptedDialogs;

class LlmTeacherViewModelTest {
    @TempDir
    Path dir;
    private WorkspaceSession session;
    private FakeChatServer server;
    private final ImmediateJobs jobs = new ImmediateJobs();
    private LlmTeacherViewModel vm;

    @BeforeEach
    void open() throws Exception {
        session = WorkspaceSession.open(dir.resolve("w.radcurate"));
        Path csv = Files.writeString(dir.resolve("r.csv"), "id,text\n1,Small effusion.\n2,Clear lungs.\n");
        session.imports().importReports(csv, null, ReportReadOptions.defaults(), ProgressListener.NONE, () -> false);
        server = FakeChatServer.start((req, user, n) ->
                Reply.ok(user.substring(user.lastIndexOf("Report")).contains("effusion") ? "[Pleural Effusion]" : "Normal", 50, 4), 2);
        vm = new LlmTeacherViewModel(new SimpleObjectProperty<>(session), jobs, new ScriptedDialogs(), "dr.ada");
    }

    @AfterEach
    void close() {
        server.close();
        session.close();
    }

    @Test
    void aLocalEndpointShowsNoBannerAndNeedsNoConsent() {
        vm.endpointProperty().set(server.endpoint().url());
        assertEquals("", vm.bannerProperty().get());
        assertFalse(vm.consentNeededProperty().get());
    }

    @Test
    void aRemoteEndpointSaysSoPlainlyAndNeedsConsentUntilWithdrawn() {
        vm.endpointProperty().set("https://api.example.com/v1");
        assertEquals("Not on this machine: report text will be sent to https://api.example.com/v1.", vm.bannerProperty().get());
        assertTrue(vm.consentNeededProperty().get());
        vm.modelProperty().set("gpt-x");
        vm.grantConsent();
        assertEquals("Tick the box to confirm that report text of this workspace may be sent to the endpoint.",
                vm.statusProperty().get());
        assertTrue(vm.consentNeededProperty().get());
        vm.consentCheckedProperty().set(true);
        vm.grantConsent();
        assertFalse(vm.consentNeededProperty().get());
        assertEquals("Not on this machine: report text will be sent to https://api.example.com/v1.", vm.bannerProperty().get());
        vm.withdrawConsent();
        assertTrue(vm.consentNeededProperty().get());
        assertEquals("Consent withdrawn for https://api.example.com/v1.", vm.statusProperty().get());
    }

    @Test
    void testConnectionListsTheModelsAndPicksTheFirst() {
        vm.endpointProperty().set(server.endpoint().url());
        vm.testConnection();
        assertEquals(List.of("fake-model"), List.copyOf(vm.models()));
        assertEquals("fake-model", vm.modelProperty().get());
        assertEquals("Connected: 1 model", vm.connectionProperty().get());
    }

    @Test
    void aRefusedConnectionIsShown() {
        server.close();
        vm.endpointProperty().set(server.endpoint().url());
        vm.testConnection();
        assertEquals("Cannot connect: " + server.endpoint().url() + "/models: connection refused; is the server running and is the URL right?",
                vm.connectionProperty().get());
    }

    @Test
    void runsEstimatesAndResumesAfterACancel() {
        vm.endpointProperty().set(server.endpoint().url());
        vm.modelProperty().set("fake-model");
        vm.pricePromptProperty().set("1");
        vm.priceCompletionProperty().set("2");
        jobs.cancelNext = true;
        vm.run();
        assertTrue(vm.canResumeProperty().get());
        assertEquals("cancelled after 0 of 2 reports; the 0 answers so far are kept, and running again asks only for the rest",
                vm.statusProperty().get());
        jobs.cancelNext = false;
        vm.resume();
        assertFalse(vm.busyProperty().get());
        assertEquals("llm:fake-model mc chexpert14: 2 reports, 2 asked, 0 from the cache, 0 answers could not be read, "
                + "0 requests failed; 100 prompt + 8 completion tokens, cost 0.0001", vm.statusProperty().get());
        assertEquals("2 of 2 reports (0 from the cache), 108 tokens, 0 could not be read", vm.progressTextProperty().get());
        vm.estimate();
        assertEquals("2 reports x tasks: 2 cached, 0 to ask; about 0 prompt tokens and at most 0 completion tokens",
                vm.estimateProperty().get());
    }

    @Test
    void badPricesAreAClearMessage() {
        vm.modelProperty().set("fake-model");
        vm.pricePromptProperty().set("cheap");
        vm.run();
        assertEquals("prices must be numbers (per million tokens)", vm.statusProperty().get());
    }
}
