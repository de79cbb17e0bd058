package org.radcurate.ui.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import javafx.application.Application;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.radcurate.domain.MentionState;
import org.radcurate.domain.ProgressListener;
import org.radcurate.domain.Source;
import org.radcurate.domain.SourceKind;
import org.radcurate.service.LlmConsentService;
import org.radcurate.service.SampleWorkspace;
import org.radcurate.service.StoredLabels;
import org.radcurate.service.WorkspaceSession;
import org.radcurate.service.llm.FakeChatServer;
import org.radcurate.ui.testing.ImmediateJobs;
import org.radcurate.ui.testing.ScriptedDialogs;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives the LLM tab's "Predict from a served model" against the fake OpenAI-compatible server on
 * loopback (standing in for vLLM serving a LoRA module): the test split's answers are parsed with the
 * teacher's parsers into student:served-lora; a remote endpoint needs consent first.
 */
@ExtendWith(ApplicationExtension.class)
class LlmServedPredictUiTest {
    @TempDir
    static Path dir;
    static WorkspaceSession session;
    static FakeChatServer server;
    static final Set<String> models = ConcurrentHashMap.newKeySet();

    @BeforeAll
    static void open() throws Exception {
        session = WorkspaceSession.open(SampleWorkspace.createIfMissing(dir.resolve("s.radcurate"), ProgressListener.NONE));
        server = FakeChatServer.start((request, user, n) -> {
            models.add(request.path("model").asText());
            boolean open = user.contains("ICD-10-CM code of each condition");
            if (user.contains("Marked cardiomegaly with mild pulmonary vascular congestion")) { // S0047
                return FakeChatServer.Reply.ok(open ? "[{\"phrase\": \"marked cardiomegaly\", \"code\": \"I51.7\"}]"
                        : "[Cardiomegaly, Edema]", 300, 12);
            }
            if (user.contains("Small right apical pneumothorax following chest tube removal")) { // S0091
                return FakeChatServer.Reply.ok(open ? "[{\"phrase\": \"apical pneumothorax\", \"code\": \"J93.9\"}]"
                        : "[Pneumothorax]", 300, 8);
            }
            if (user.contains("New 1.2 cm right mid lung nodule")) { // S0023: an answer the parser cannot read
                return FakeChatServer.Reply.ok(open ? "[]" : "I think there may be a nodule", 300, 9);
            }
            return FakeChatServer.Reply.ok(open ? "[]" : "Normal", 300, 2);
        }, 4);
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
        LlmTrainViewModel vm = new LlmTrainViewModel(new SimpleObjectProperty<>(session), new ImmediateJobs(),
                new ScriptedDialogs(), "tester");
        stage.setScene(new Scene(new LlmTrainPane(vm), 1280, 800));
        stage.show();
    }

    /** Scrolls the left column to the node, then clicks it. */
    private static void click(FxRobot robot, String id) {
        Node node = robot.lookup(id).query();
        Node up = node;
        while (!(up instanceof ScrollPane)) {
            up = up.getParent();
        }
        ScrollPane scroll = (ScrollPane) up;
        robot.interact(() -> {
            double y = scroll.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
            double room = scroll.getContent().getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(room <= 0 ? 0 : Math.min(1, Math.max(0, (y - 20) / room)));
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(node);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void type(FxRobot robot, String id, String text) {
        click(robot, id);
        TextInputControl f = robot.lookup(id).queryAs(TextInputControl.class);
        robot.interact(() -> f.setText(text));
    }

    private static Set<String> positive(Map<String, MentionState> states) {
        return states.entrySet().stream().filter(e -> e.getValue() == MentionState.POSITIVE).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    @Test
    void served_answers_of_the_test_split_are_stored_as_the_student_source(FxRobot robot) {
        type(robot, "#llmServedEndpoint", server.endpoint().url());
        type(robot, "#llmServedModel", "lora-served");
        type(robot, "#llmServedStudent", "served-lora");
        assertEquals("test", robot.lookup("#llmServedSplit").queryAs(ComboBox.class).getValue());
        click(robot, "#llmServedPredict");

        assertEquals("Stored the served model's answers for 60 reports of the test split as student source "
                + "student:served-lora (unreadable: 1 multiple-choice, 0 open-ended; failed requests: 0); Compare shows it.",
                robot.lookup("#llmStatus").queryAs(Label.class).getText());
        assertEquals(120, server.requests());
        assertEquals(Set.of("lora-served"), models);
        Source s = StoredLabels.source(session, "student:served-lora");
        assertEquals(SourceKind.STUDENT, s.kind());
        Map<String, Map<String, MentionState>> states = StoredLabels.states(session, s.name());
        assertEquals(59, states.size());
        assertFalse(states.containsKey("S0023"));
        assertEquals(Set.of("Cardiomegaly", "Edema"), positive(states.get("S0047")));
        assertEquals(Set.of("Pneumothorax"), positive(states.get("S0091")));
        assertEquals(Set.of("No Finding"), positive(states.get("S0005")));
        assertEquals(14, states.get("S0047").size());
        assertEquals(MentionState.NEGATIVE, states.get("S0047").get("No Finding"));
        assertEquals(List.of("I51.7 marked cardiomegaly"), StoredLabels.codes(session, s.name(), "S0047"));
        assertEquals(List.of("J93.9 apical pneumothorax"), StoredLabels.codes(session, s.name(), "S0091"));
        assertEquals(List.of(), StoredLabels.codes(session, s.name(), "S0023"));
    }

    @Test
    void a_remote_endpoint_needs_consent_before_predict(FxRobot robot) {
        type(robot, "#llmServedEndpoint", "http://10.1.2.3:8000/v1");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Not on this machine: report text will be sent to http://10.1.2.3:8000/v1.",
                robot.lookup("#llmServedBanner").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#llmServedPredict").queryAs(Button.class).isDisabled());
        click(robot, "#llmServedAllow");
        assertEquals("Tick the box to confirm that report text of this workspace may be sent to the endpoint.",
                robot.lookup("#llmStatus").queryAs(Label.class).getText());
        click(robot, "#llmServedConsent");
        assertTrue(robot.lookup("#llmServedConsent").queryAs(CheckBox.class).isSelected());
        click(robot, "#llmServedAllow");
        assertEquals("Report text may now be sent to http://10.1.2.3:8000/v1 (recorded in the audit log).",
                robot.lookup("#llmStatus").queryAs(Label.class).getText());
        assertEquals("tester", StoredLabels.consentGrantedBy(session, "http://10.1.2.3:8000/v1"));
        assertFalse(robot.lookup("#llmServedPredict").queryAs(Button.class).isDisabled());
        assertFalse(LlmConsentService.needed(session, "http://10.1.2.3:8000/v1"));
    }
}
