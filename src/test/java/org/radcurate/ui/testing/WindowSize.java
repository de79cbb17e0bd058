package org.radcurate.ui.testing;

import javafx.scene.Group;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Lays the window's content out at a size the headless screen (1280x800) cannot show a stage at: the content moves
 * into a scene of that size off screen, with the same stylesheets, is styled and laid out, checked, and moved back.
 * Call on the FX thread.
 */
public final class WindowSize {
    private WindowSize() {}

    public static void at(Stage stage, double width, double height, Runnable check) {
        Scene shown = stage.getScene();
        Parent root = shown.getRoot();
        shown.setRoot(new Group());
        Scene sized = new Scene(root, width, height);
        sized.getStylesheets().setAll(shown.getStylesheets());
        try {
            for (int pass = 0; pass < 3; pass++) { // virtual flows and split panes settle over a few passes
                root.applyCss();
                root.resize(width, height);
                root.layout();
            }
            check.run();
        } finally {
            sized.setRoot(new Group());
            shown.setRoot(root);
        }
    }
}
