package org.radcurate.training.lora;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the recipe lives: the system property {@code radcurate.recipe.dir} (the installer sets it to
 * its installed copy), else {@code recipes/lora} under the working directory, else
 * {@code recipes/lora} next to the jar.
 */
public final class RecipeLocator {
    public static final String PROPERTY = "radcurate.recipe.dir";
    public static final String PACKAGE = "radcurate_lora";

    private RecipeLocator() {}

    public static Path locate() {
        return locate(System.getProperty(PROPERTY), Path.of("").toAbsolutePath(), jarFolder());
    }

    /** The recipe folder from the three places in order; an error lists every place looked at. */
    static Path locate(String property, Path workingDir, Optional<Path> jarDir) {
        List<Path> tried = new ArrayList<>();
        if (property != null && !property.isBlank()) {
            Path p = Path.of(property).toAbsolutePath();
            if (isRecipe(p)) {
                return p;
            }
            throw new IllegalStateException("the LoRA recipe is not in " + p + " (system property " + PROPERTY
                    + "): no " + PACKAGE + " package there");
        }
        tried.add(workingDir.resolve("recipes/lora"));
        jarDir.ifPresent(d -> tried.add(d.resolve("recipes/lora")));
        for (Path p : tried) {
            if (isRecipe(p)) {
                return p.toAbsolutePath();
            }
        }
        throw new IllegalStateException("the LoRA recipe was not found; looked in "
                + String.join(", ", tried.stream().map(Path::toString).toList()) + "; set -D" + PROPERTY + "=DIR");
    }

    static boolean isRecipe(Path dir) {
        return Files.isRegularFile(dir.resolve(PACKAGE).resolve("__main__.py"));
    }

    private static Optional<Path> jarFolder() {
        try {
            Path code = Path.of(RecipeLocator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Optional.ofNullable(Files.isRegularFile(code) ? code.getParent() : null);
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
