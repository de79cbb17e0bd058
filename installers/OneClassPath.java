import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Leaves the main jar as the only class path entry of each launcher in a jpackage app image: jpackage
 * lists every jar of its input on the launcher's class path, and the main jar's manifest lists its
 * libraries again (Class-Path), so each library was on the class path twice. The manifest alone keeps
 * the order Maven gives. Fails, changing nothing, when the manifest lacks a jar that jpackage listed.
 * Run by the dist profile between the app image and the installers, with the JDK's own launcher
 * (a single-file program, so it runs on every build OS):
 *
 *   java installers/OneClassPath.java IMAGE_DIR MAIN_JAR
 */
public final class OneClassPath {
    public static void main(String[] args) throws IOException {
        Path image = Path.of(args[0]);
        String mainJar = args[1];
        List<Path> configs;
        try (Stream<Path> files = Files.walk(image)) {
            configs = files.filter(p -> p.getFileName().toString().endsWith(".cfg") && !p.endsWith("jvm.cfg"))
                    .toList(); // jvm.cfg: the runtime's own
        }
        if (configs.isEmpty()) {
            throw new IllegalStateException("no launcher .cfg under " + image);
        }
        for (Path cfg : configs) {
            List<String> kept = new ArrayList<>();
            List<String> dropped = new ArrayList<>();
            for (String line : Files.readAllLines(cfg)) {
                if (!line.startsWith("app.classpath=") || isJar(line, mainJar) && kept.stream().noneMatch(
                        l -> l.startsWith("app.classpath="))) {
                    kept.add(line);
                } else {
                    // $APPDIR/lib/x.jar (\ on Windows) against the manifest's lib/x.jar
                    dropped.add(line.substring("app.classpath=".length()).replaceFirst("^\\$APPDIR[/\\\\]", "")
                            .replace('\\', '/'));
                }
            }
            if (kept.stream().noneMatch(l -> l.startsWith("app.classpath="))) {
                throw new IllegalStateException(cfg + " does not list " + mainJar);
            }
            Path jar = cfg.resolveSibling(mainJar);
            List<String> manifest;
            try (JarFile j = new JarFile(jar.toFile())) {
                String cp = j.getManifest().getMainAttributes().getValue("Class-Path");
                manifest = cp == null ? List.of() : List.of(cp.trim().split("\\s+"));
            }
            List<String> missing = dropped.stream().filter(d -> !manifest.contains(d)).toList();
            if (!missing.isEmpty()) {
                throw new IllegalStateException(jar + "'s manifest Class-Path lacks " + missing
                        + ", which jpackage put on the class path of " + cfg);
            }
            Files.write(cfg, kept);
            System.out.println(cfg + ": class path " + mainJar + " and its manifest's " + manifest.size()
                    + " jars, each once (" + dropped.size() + " entries dropped)");
        }
    }

    private static boolean isJar(String line, String jar) {
        return line.endsWith("/" + jar) || line.endsWith("\\" + jar);
    }
}
