package org.radcurate.ui.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.application.Application;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.radcurate.service.AnnotationFixtures;
import org.radcurate.service.Settings;
import org.radcurate.service.WorkspaceSession;
import org.radcurate.ui.adjudicate.AdjudicateView;
import org.radcurate.ui.adjudicate.AdjudicateViewModel;
import org.radcurate.ui.compare.CompareView;
import org.radcurate.ui.compare.CompareViewModel;
import org.radcurate.ui.testing.CssWarnings;
import org.radcurate.ui.testing.ImmediateJobs;
import org.radcurate.ui.testing.ScriptedDialogs;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The screens' stylesheets resolve the theme's colours without the theme: each screen alone in a scene with
 * JavaFX's own stylesheet (as a test or a demo shows it) styles without a warning, because theme-defaults.css
 * gives every colour they use, at Primer Light's values.
 */
@ExtendWith(ApplicationExtension.class)
class ThemeDefaultsUiTest {
    private static final String UI = "/org/radcurate/ui/";
    private static final Pattern DECLARED = Pattern.compile("(-color-[a-z-]+)\\s*:\\s*([^;]+);");
    private static final Pattern USED = Pattern.compile("-color-[a-z-]+");

    @TempDir
    static Path dir;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final SimpleObjectProperty<WorkspaceSession> session = new SimpleObjectProperty<>();
    private CssWarnings css;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(null); // JavaFX's own Modena: no theme colours
    }

    @AfterEach
    void close(FxRobot robot) {
        if (css != null) {
            css.close();
        }
        robot.interact(() -> {
            WorkspaceSession s = session.get();
            session.set(null);
            if (s != null) {
                s.close();
            }
        });
    }

    @AfterAll
    static void theme() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    private void show(FxRobot robot, Parent screen) {
        robot.interact(() -> {
            stage.setScene(new Scene(screen, 1280, 800));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            screen.applyCss();
            screen.layout();
        });
    }

    @Test
    void eachScreenAloneStylesWithoutAWarning(FxRobot robot) throws Exception {
        WorkspaceSession s = WorkspaceSession.open(AnnotationFixtures.sampleCopy(dir, "theme.radcurate"));
        AnnotationFixtures.labelWithRules(s);
        robot.interact(() -> session.set(s));
        css = new CssWarnings();
        Settings settings = new Settings(dir.resolve("settings-" + System.nanoTime() + ".properties"));
        AnnotateViewModel annotate = new AnnotateViewModel(session, settings, new ImmediateJobs(), dialogs);
        show(robot, new AnnotateView(annotate));
        assertEquals("Report S0001", robot.lookup("#reportTitle").queryLabeled().getText());
        robot.interact(annotate::next);
        show(robot, new AdjudicateView(new AdjudicateViewModel(session, settings, new ImmediateJobs(), dialogs)));
        show(robot, new CompareView(new CompareViewModel(session, new ImmediateJobs(), dialogs, id -> { })));
        assertEquals(java.util.List.of(), css.warnings());
        assertEquals(java.util.List.of(), dialogs.errors);
    }

    @Test
    void theDefaultsAreEveryColourTheScreensUseAtPrimerLightsValues(FxRobot robot) throws IOException {
        Map<String, String> defaults = declared(read(UI + "theme-defaults.css"));
        Map<String, String> primer = declared(read(new PrimerLight().getUserAgentStylesheet()));
        TreeSet<String> used = new TreeSet<>();
        for (String sheet : new String[] {"annotate.css", "compare.css", "train.css"}) {
            String text = read(UI + sheet);
            assertTrue(text.contains("@import \"theme-defaults.css\";"), sheet);
            Matcher m = USED.matcher(text.replaceAll("(?s)/\\*.*?\\*/", ""));
            while (m.find()) {
                used.add(m.group());
            }
        }
        assertTrue(used.size() > 10, used.toString());
        TreeSet<String> missing = new TreeSet<>(used);
        missing.removeAll(defaults.keySet());
        assertEquals(new TreeSet<String>(), missing, "colours the screens use that theme-defaults.css lacks");
        defaults.forEach((name, value) -> assertEquals(primer.get(name), value, name));
    }

    private static Map<String, String> declared(String css) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = DECLARED.matcher(css);
        while (m.find()) {
            out.putIfAbsent(m.group(1), m.group(2).strip());
        }
        return out;
    }

    private static String read(String resource) throws IOException {
        String path = resource.startsWith("/") ? resource : "/" + resource;
        try (InputStream in = ThemeDefaultsUiTest.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException("no resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
