package org.radcurate.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.radcurate.service.Settings;
import org.radcurate.ui.testing.ImmediateJobs;
import org.radcurate.ui.testing.ScriptedDialogs;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A screen's content is built the first time its tab is shown, by a click or by showScreen, and only then. */
@ExtendWith(ApplicationExtension.class)
class LazyScreensUiTest {
    @TempDir
    static Path dir;

    /** What happened, in order: "built X" when a screen's content was made, "shown X" on every show. */
    private final List<String> events = new ArrayList<>();
    private final List<Label> built = new ArrayList<>();
    private MainWindow window;

    @Start
    void start(Stage stage) {
        MainViewModel vm = new MainViewModel(new Settings(dir.resolve("settings.properties")), new ImmediateJobs(),
                new ScriptedDialogs(), dir.resolve("sample.radcurate"));
        window = new MainWindow(vm, stage::close, List.of(screen("First", "firstTab"), screen("Second", "secondTab")));
        stage.setScene(new Scene(window, 1280, 720));
        stage.show();
    }

    private MainWindow.Screen screen(String title, String id) {
        return new MainWindow.Screen(title, id, () -> {
            events.add("built " + title);
            Label content = new Label(title + " screen");
            content.setId(id + "Content");
            built.add(content);
            return content;
        }, () -> events.add("shown " + title));
    }

    private Tab tab(FxRobot robot, String id) {
        return robot.lookup("#screens").queryAs(TabPane.class).getTabs().stream().filter(t -> id.equals(t.getId()))
                .findFirst().orElseThrow();
    }

    private String selected(FxRobot robot) {
        return robot.lookup("#screens").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getId();
    }

    @Test
    void noScreenIsBuiltUntilItIsShown(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("reportsTab", selected(robot));
        assertEquals(List.of(), events);
        assertNull(tab(robot, "firstTab").getContent());
        assertNull(tab(robot, "secondTab").getContent());
    }

    @Test
    void aClickBuildsTheScreenOnceAndShowsItEveryTime(FxRobot robot) {
        robot.clickOn("#secondTab");
        robot.clickOn("#reportsTab");
        robot.clickOn("#secondTab");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of("built Second", "shown Second", "shown Second"), events);
        assertSame(built.get(0), tab(robot, "secondTab").getContent());
        assertEquals("Second screen", robot.lookup("#secondTabContent").queryAs(Label.class).getText());
        assertNull(tab(robot, "firstTab").getContent());
    }

    @Test
    void showScreenBuildsAndSelectsAScreenNeverShown(FxRobot robot) {
        robot.interact(() -> window.showScreen("firstTab"));

        assertEquals("firstTab", selected(robot));
        assertEquals(List.of("built First", "shown First"), events);
        assertSame(built.get(0), tab(robot, "firstTab").getContent());

        robot.interact(() -> window.showScreen("reportsTab"));
        robot.interact(() -> window.showScreen("firstTab"));

        assertEquals(List.of("built First", "shown First", "shown First"), events);
        assertEquals(1, built.size());
    }
}
