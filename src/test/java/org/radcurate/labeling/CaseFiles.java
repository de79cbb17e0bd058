package org.radcurate.labeling;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.radcurate.domain.BuiltInSchemas;
import org.radcurate.domain.Label;
import org.radcurate.domain.Report;
import org.radcurate.domain.Schema;
import org.radcurate.domain.Split;

/**
 * The sentence-case tables shared by the labeller tests: pipe-separated rows (blank and {@code #}
 * lines skipped) whose second column is the schema ({@code n} = nih14, else chexpert14), and one
 * labeller per schema to label a case's text.
 */
final class CaseFiles {
    /** A data row: its line number in the file and its fields, stripped. */
    record Row(int line, String[] fields) {
        Schema schema() {
            return fields[1].equals("n") ? BuiltInSchemas.NIH14 : BuiltInSchemas.CHEXPERT14;
        }
    }

    private static RuleLabeler chexpert;
    private static RuleLabeler nih;

    private CaseFiles() {}

    static List<Row> rows(String resource, int columns) throws IOException {
        List<Row> out = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                CaseFiles.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] p = line.split("\\|", columns);
                for (int i = 0; i < p.length; i++) {
                    p[i] = p[i].strip();
                }
                out.add(new Row(n, p));
            }
        }
        return out;
    }

    /** The label the schema's default rule teacher gives {@code finding} in {@code text}. */
    static synchronized Label label(Schema schema, int line, String text, String finding) {
        try {
            if (chexpert == null) {
                chexpert = RuleLabeler.create(BuiltInSchemas.CHEXPERT14, LabelerOptions.defaults(), List.of());
                nih = RuleLabeler.create(BuiltInSchemas.NIH14, LabelerOptions.defaults(), List.of());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        RuleLabeler labeler = schema == BuiltInSchemas.NIH14 ? nih : chexpert;
        LabeledReport labeled = labeler.label(new Report("case-" + line, text, List.of(), Split.NONE, "cases"));
        int index = schema.findings().indexOf(schema.finding(finding).orElseThrow(
                () -> new AssertionError("line " + line + ": unknown finding " + finding)));
        return labeled.labels().get(index);
    }
}
