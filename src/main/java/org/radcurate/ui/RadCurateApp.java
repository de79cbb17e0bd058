package org.radcurate.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The JavaFX application: the one place where the window's objects are wired together. */
public final class RadCurateApp extends Application {

    public static void launchApp(String[] args) {
        Application.launch(RadCurateApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("RadCurate");
        stage.setScene(new Scene(new Label("RadCurate"), 1280, 800));
        stage.show();
    }
}
