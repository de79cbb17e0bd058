package org.radcurate.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class AppIconsTest {
    @Test
    void everyWindowIconIsBundledAtItsSize() throws IOException {
        for (int size : AppIcons.SIZES) {
            try (InputStream in = AppIcons.class.getResourceAsStream(AppIcons.resource(size))) {
                assertNotNull(in, AppIcons.resource(size));
                BufferedImage image = ImageIO.read(in);
                assertEquals(size, image.getWidth(), AppIcons.resource(size));
                assertEquals(size, image.getHeight(), AppIcons.resource(size));
            }
        }
    }
}
