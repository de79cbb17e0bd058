package org.radcurate.ui.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.radcurate.domain.ProgressListener;
import org.radcurate.domain.ReportReadOptions;
import org.radcurate.service.WorkspaceSession;
import org.radcurate.service.llm.FakeChatServer;
import org.radcurate.service.llm.FakeChatServer.Reply;
import org.radcurate.ui.testing.ImmediateJobs;
import org.radcurate.ui.testing.ScriptedDialogs;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real Run LLM Teacher window headless against a fake server on 127.0.0.1. */
@ExtendWith(ApplicationExtension.class)
class LlmTeacherViewUiTest {
    @TempDir
    static Path dir;
    static WorkspaceSession session;
    static FakeChatServer server;

    @BeforeAll
    static void open() throws Exception {
        session = WorkspaceSession.open(dir.resolve("w.radcurate"));
        Path csv = Files.writeString(dir.resolve("r.csv"), "id,text\n1,Small effusion.\n2,Clear lungs.\n");
        session.imports().importReports(csv, null, ReportReadOptions.defaults(), ProgressListener.NONE, () -> false);
        server = FakeChatServer.start((req, user, n) -> Reply.ok("Normal", 10, 1), 2);
    }

    @AfterAll
    static void close() {
        server.close();
        session.close();
        Application.setUserAgentStylesheet(null);
    }

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        LlmTeacherViewModel vm = new LlmTeacherViewModel(new SimpleObjectProperty<>(session), new ImmediateJobs(),
                new ScriptedDialogs(), "dr.ada");
        stage.setScene(new Scene(new LlmTeacherView(vm), 820, 620));
        stage.show();
    }

    @Test
    void warnsAboutARemoteEndpointAndRunsAgainstALocalOne(FxRobot robot) {
        robot.doubleClickOn("#llmEndpoint").eraseText(60).write("https://api.example.com/v1");
        WaitForAsyncUtils.waitForFxEvents();
        Label banner = robot.lookup("#llmBanner").queryAs(Label.class);
        assertTrue(banner.isVisible());
        assertEquals("Not on this machine: report text will be sent to https://api.example.com/v1.", banner.getText());
        assertTrue(robot.lookup("#llmRun").queryAs(Button.class).isDisabled(), "no run without consent");

        robot.doubleClickOn("#llmEndpoint").eraseText(60).write(server.endpoint().url());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(banner.isVisible());
        robot.clickOn("#llmTest");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#llmRun");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("llm:fake-model mc chexpert14: 2 reports, 2 asked, 0 from the cache, 0 answers could not be read, "
                + "0 requests failed; 20 prompt + 2 completion tokens", robot.lookup("#llmStatus").queryAs(Label.class).getText());
    }
}
