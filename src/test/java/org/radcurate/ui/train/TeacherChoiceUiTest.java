package org.radcurate.ui.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.radcurate.domain.ProgressListener;
import org.radcurate.service.LabelService;
import org.radcurate.service.WorkspaceSession;
import org.radcurate.ui.testing.ImmediateJobs;
import org.radcurate.ui.testing.ScriptedDialogs;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Train form's teacher box while the workspace changes under it: the gold source chosen as teacher, then the
 * sources re-read (the rule teacher labels again, as from the Label menu). The box keeps the gold source chosen
 * and selected, and shows it; the re-read used to replace the teachers and add the gold source in two steps, which
 * left the box's selection empty behind its kept value.
 */
@ExtendWith(ApplicationExtension.class)
class TeacherChoiceUiTest {
    @TempDir
    static Path dir;
    static WorkspaceSession session;
    static String rules;

    private TrainViewModel vm;

    @BeforeAll
    static void open() throws Exception {
        rules = TrainFixture.create(dir.resolve("sample.radcurate"));
        session = WorkspaceSession.open(dir.resolve("sample.radcurate"));
    }

    @AfterAll
    static void close() {
        session.close();
    }

    @Start
    void start(Stage stage) {
        vm = new TrainViewModel(new SimpleObjectProperty<>(session), new ImmediateJobs(), new ScriptedDialogs());
        stage.setScene(new Scene(new TrainView(vm), 1280, 800));
        stage.show();
    }

    /** The box's value, its selected item and index, and the text its button shows. */
    private static String shown(ComboBox<String> box) {
        ListCell<?> cell = (ListCell<?>) ((ComboBoxListViewSkin<?>) box.getSkin()).getDisplayNode();
        return box.getValue() + " | " + box.getSelectionModel().getSelectedItem() + " @"
                + box.getSelectionModel().getSelectedIndex() + " | " + cell.getText();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theChosenGoldTeacherStaysChosenAndShownWhenTheSourcesAreReRead(FxRobot robot) throws Exception {
        ComboBox<String> box = robot.lookup("#teacher").queryAs(ComboBox.class);
        assertEquals(List.of(rules, "gold"), List.copyOf(box.getItems()));
        assertEquals(rules + " | " + rules + " @0 | " + rules, WaitForAsyncUtils.asyncFx(() -> shown(box)).get());
        robot.interact(() -> box.getSelectionModel().select("gold"));
        assertEquals("gold | gold @1 | gold", WaitForAsyncUtils.asyncFx(() -> shown(box)).get());

        // the rule teacher labels again: its source is published anew and the form re-reads the sources
        robot.interact(() -> LabelService.labelWorkspace(session, false, false, 1, ProgressListener.NONE, () -> false));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(rules, "gold"), List.copyOf(box.getItems()));
        assertEquals("gold | gold @1 | gold", WaitForAsyncUtils.asyncFx(() -> shown(box)).get());
        assertEquals("gold", vm.inputs().teacherProperty().get());
    }
}
