package org.radcurate.ui.adjudicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.radcurate.domain.MentionState;
import org.radcurate.service.AnnotationFixtures;
import org.radcurate.service.AnnotationService;
import org.radcurate.service.Settings;
import org.radcurate.service.WorkspaceSession;
import org.radcurate.ui.common.Preferences;
import org.radcurate.ui.testing.ImmediateJobs;
import org.radcurate.ui.testing.ScriptedDialogs;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Adjudicate screen on a workspace another window writes: "read-only" shown, gold buttons off, keys say so. */
@ExtendWith(ApplicationExtension.class)
class AdjudicateReadOnlyUiTest {
    @TempDir
    static Path dir;
    static WorkspaceSession writer;
    static WorkspaceSession readOnly;
    static long audited;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @BeforeAll
    static void open() throws Exception {
        Path file = AnnotationFixtures.sampleCopy(dir, "adj.radcurate");
        writer = WorkspaceSession.open(file);
        AnnotationService w = new AnnotationService(writer);
        w.setState("alice", "S0001", "Edema", MentionState.POSITIVE);
        w.setState("bob", "S0001", "Edema", MentionState.NEGATIVE);
        audited = w.audit().count();
        readOnly = WorkspaceSession.openReadOnly(file);
    }

    @AfterAll
    static void close() {
        readOnly.close();
        writer.close();
        Application.setUserAgentStylesheet(null);
    }

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Preferences prefs = new Preferences(new Settings(dir.resolve("s.properties")), dialogs);
        dialogs.texts.add("zed");
        prefs.askAnnotator();
        AdjudicateViewModel vm = new AdjudicateViewModel(new SimpleObjectProperty<>(readOnly), prefs,
                new ImmediateJobs(), dialogs);
        stage.setScene(new Scene(new AdjudicateView(vm), 1280, 800));
        stage.setWidth(1280);
        stage.setHeight(800);
        stage.show();
    }

    @Test
    void showsReadOnlyDisablesGoldAndAKeySaysSoWithoutADialog(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Label notice = robot.lookup("#adjudicateReadOnly").queryAs(Label.class);
        assertTrue(notice.isVisible());
        assertEquals(GoldEdits.READ_ONLY, notice.getText());
        for (MentionState s : MentionState.values()) {
            assertTrue(robot.lookup("#adj-gold-Edema-" + s.name()).queryAs(Button.class).isDisabled(), s.name());
        }
        assertTrue(robot.lookup("#adjudicateUndo").queryAs(Button.class).isDisabled());
        assertTrue(robot.lookup("#adjudicateRedo").queryAs(Button.class).isDisabled());

        robot.clickOn("Edema");
        robot.type(KeyCode.P);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Read-only: gold is not changed (the workspace is open for reading).",
                robot.lookup("#adjudicateMessage").queryAs(Label.class).getText());
        robot.type(KeyCode.DIGIT1);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Read-only: gold is not changed (the workspace is open for reading).",
                robot.lookup("#adjudicateMessage").queryAs(Label.class).getText());
        assertEquals(List.of(), dialogs.errors);
        assertEquals(audited, new AnnotationService(writer).audit().count());
    }
}
