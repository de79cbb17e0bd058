package org.radcurate.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;

/**
 * The window icons: the app icon (assets/radcurate.svg, rendered by assets/render-icons.sh) in the
 * sizes window managers pick from. The installers use the same drawing.
 */
public final class AppIcons {
    public static final List<Integer> SIZES = List.of(16, 24, 32, 48, 64, 128, 256);

    private AppIcons() {}

    public static String resource(int size) {
        return "/org/radcurate/ui/icons/radcurate-" + size + ".png";
    }

    public static List<Image> images() {
        List<Image> images = new ArrayList<>();
        for (int size : SIZES) {
            try (InputStream in = AppIcons.class.getResourceAsStream(resource(size))) {
                if (in == null) {
                    throw new IllegalStateException("the icon " + resource(size) + " is missing from this build");
                }
                images.add(new Image(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return images;
    }
}
