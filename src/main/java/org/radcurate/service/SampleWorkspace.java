package org.radcurate.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.radcurate.domain.BuiltInSchemas;
import org.radcurate.domain.Concept;
import org.radcurate.domain.ConceptSet;
import org.radcurate.domain.ProgressListener;
import org.radcurate.domain.Source;
import org.radcurate.domain.SourceKind;
import org.radcurate.ingest.ConceptReaders;
import org.radcurate.domain.LabelLayout;
import org.radcurate.domain.ReportLayout;
import org.radcurate.domain.ReportReadOptions;
import org.radcurate.persistence.Workspace;

/**
 * The sample workspace made on first start from the bundled sample-reports: the reports, their
 * hand-checked gold labels (chexpert14 as the working gold, nih14 beside it), their ICD-10-CM
 * codes, and a frozen gold set.
 */
public final class SampleWorkspace {
    public static final String GOLD = "gold";
    public static final String GOLD_NIH = "gold-nih14";
    public static final String GOLD_SET = "sample-gold";
    private static final String RESOURCES = "/org/radcurate/samples/";
    private static final List<String> FILES = List.of("reports.csv", "gold-chexpert14.csv", "gold-nih14.csv",
            "icd10.csv");

    private SampleWorkspace() {}

    /** Creates the sample workspace at target unless it already exists; returns target. */
    public static Path createIfMissing(Path target, ProgressListener progress) throws IOException {
        if (Files.exists(target)) {
            return target;
        }
        Path dir = Files.createTempDirectory("radcurate-samples");
        try {
            for (String name : FILES) {
                try (InputStream in = SampleWorkspace.class.getResourceAsStream(RESOURCES + name)) {
                    if (in == null) {
                        throw new IOException("the sample file " + name + " is missing from this build");
                    }
                    Files.copy(in, dir.resolve(name));
                }
            }
            Path building = target.resolveSibling(target.getFileName() + ".building");
            Files.createDirectories(target.toAbsolutePath().getParent());
            Files.deleteIfExists(building);
            try (Workspace ws = Workspace.open(building)) {
                build(ws, dir, progress);
            }
            Files.move(building, target, StandardCopyOption.ATOMIC_MOVE);
            Files.deleteIfExists(building.resolveSibling(building.getFileName() + ".lock"));
            return target;
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    static void build(Workspace ws, Path dir, ProgressListener progress) throws IOException {
        ImportService imports = new ImportService(ws);
        imports.importReports(dir.resolve("reports.csv"), ReportLayout.CSV,
                ReportReadOptions.defaults().withDataset("radcurate-samples"), progress, () -> false);
        imports.importLabels(dir.resolve("gold-chexpert14.csv"), LabelLayout.LABEL_CSV, GOLD, SourceKind.GOLD,
                BuiltInSchemas.CHEXPERT14, null, progress, () -> false);
        imports.importLabels(dir.resolve("gold-nih14.csv"), LabelLayout.LABEL_CSV, GOLD_NIH, SourceKind.GOLD,
                BuiltInSchemas.NIH14, null, progress, () -> false);
        Map<String, List<Concept>> codes = ConceptReaders.readCsv(dir.resolve("icd10.csv"));
        ws.transaction(() -> {
            Source gold = ws.sources().find(GOLD).orElseThrow();
            codes.forEach((id, list) -> ws.labels().putConcepts(gold.id(), new ConceptSet(id, list)));
            ws.info().put(Schemas.ACTIVE_KEY, BuiltInSchemas.CHEXPERT14.name());
            ws.goldSets().freeze(GOLD_SET, "hand-checked labels bundled with RadCurate", gold.id(),
                    BuiltInSchemas.CHEXPERT14.name());
        });
        // a new user sees weak labels with their evidence from the first start
        LabelService.labelWorkspace(ws, LabelService.labeler(BuiltInSchemas.CHEXPERT14, false, false, List.of()), 1,
                progress, () -> false);
    }
}
