package org.radcurate.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.radcurate.domain.BuiltInSchemas;
import org.radcurate.domain.LabelLayout;
import org.radcurate.domain.ProgressListener;
import org.radcurate.domain.SourceKind;

/**
 * The sample workspace (300 reports, frozen gold set sample-gold, chexpert14) with two more sources:
 * the rule teacher, and {@value #STUDENT}, a copy of gold with exactly five Pleural Effusion changes.
 *
 * <ul>
 *   <li>false positives (set to 1 where gold is not positive): S0005 (test; no other positive, so its
 *       multiple-choice Normal becomes a false negative) and S0012 (train);</li>
 *   <li>false negatives (set to 0 where gold is 1): S0003 (dev), S0016 (dev), S0026 (train).</li>
 * </ul>
 * Gold has 441 positives over the 14 findings (56 Pleural Effusion), so under U-Zeros the student has
 * Pleural Effusion tp 53, fp 2, fn 3 (F1 106/111) and micro tp 438, fp 2, fn 3 (F1 876/881); every other
 * finding is perfect.
 *
 * <p>{@value #WEAK} is a third, hand-made teacher: gold with every Lung Opacity positive (61) set to 0, so
 * micro tp 380, fp 0, fn 61 (F1 760/821).
 */
public final class CompareFixture {
    public static final String GOLD_SET = "sample-gold@1";
    public static final String STUDENT = "student-bert";
    public static final String WEAK = "weak-teacher";
    public static final String FINDING = "Pleural Effusion";
    public static final List<String> FALSE_POSITIVES = List.of("S0005", "S0012");
    public static final List<String> FALSE_NEGATIVES = List.of("S0003", "S0016", "S0026");

    private CompareFixture() {}

    /** Creates the workspace file in dir, adds the teacher and the student; returns the teacher's name. */
    public static String create(Path file) throws IOException {
        SampleWorkspace.createIfMissing(file, ProgressListener.NONE);
        try (WorkspaceSession session = WorkspaceSession.open(file)) {
            LabelService.Result teacher = LabelService.labelWorkspace(session,
                    LabelService.labeler(BuiltInSchemas.CHEXPERT14, false, false, List.of()), 1,
                    ProgressListener.NONE, () -> false);
            Path csv = file.resolveSibling(STUDENT + ".csv");
            Files.writeString(csv, studentCsv(), StandardCharsets.UTF_8);
            session.imports().importLabels(csv, LabelLayout.LABEL_CSV, STUDENT, SourceKind.STUDENT,
                    BuiltInSchemas.CHEXPERT14, null, ProgressListener.NONE, () -> false);
            Path weak = file.resolveSibling(WEAK + ".csv");
            Files.writeString(weak, weakCsv(), StandardCharsets.UTF_8);
            session.imports().importLabels(weak, LabelLayout.LABEL_CSV, WEAK, SourceKind.TEACHER,
                    BuiltInSchemas.CHEXPERT14, null, ProgressListener.NONE, () -> false);
            return teacher.target();
        }
    }

    /** The bundled gold CSV with every Lung Opacity positive set to 0. */
    static String weakCsv() throws IOException {
        List<String> lines = goldLines();
        int column = List.of(lines.get(0).split(",", -1)).indexOf("Lung Opacity");
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i).split(",", -1);
            if (cells[column].equals("1")) {
                cells[column] = "0";
                lines.set(i, String.join(",", cells));
            }
        }
        return String.join("\n", lines) + "\n";
    }

    private static List<String> goldLines() throws IOException {
        try (InputStream in = CompareFixture.class.getResourceAsStream("/org/radcurate/samples/gold-chexpert14.csv")) {
            return new ArrayList<>(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        }
    }

    /** The bundled gold CSV with the five Pleural Effusion changes. */
    public static String studentCsv() throws IOException {
        List<String> lines = goldLines();
        int column = List.of(lines.get(0).split(",", -1)).indexOf(FINDING);
        Map<String, String> changes = Map.of("S0005", "1", "S0012", "1", "S0003", "0", "S0016", "0", "S0026", "0");
        int changed = 0;
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i).split(",", -1);
            String value = changes.get(cells[0]);
            if (value != null) {
                cells[column] = value;
                lines.set(i, String.join(",", cells));
                changed++;
            }
        }
        if (changed != changes.size()) {
            throw new IllegalStateException("the sample gold file changed: " + changed + " of 5 rows found");
        }
        return String.join("\n", lines) + "\n";
    }
}
