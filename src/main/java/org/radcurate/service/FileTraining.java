package org.radcurate.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.radcurate.domain.BuiltInSchemas;
import org.radcurate.domain.Finding;
import org.radcurate.domain.MentionState;
import org.radcurate.domain.ProgressListener;
import org.radcurate.domain.Report;
import org.radcurate.domain.ReportIds;
import org.radcurate.domain.Schema;
import org.radcurate.ingest.LabelWriters;
import org.radcurate.training.StudentPrediction;
import org.radcurate.training.StudentTrainer;
import org.radcurate.training.TrainedStudent;
import org.radcurate.training.TrainingConfig;
import org.radcurate.training.TrainingExample;
import org.radcurate.training.TrainingLabels;

/**
 * The student trained and applied file to file, with no workspace: what the CLI offers for a pipeline.
 * Reached through {@link TrainingService}, which keeps one entry point for training of either kind.
 */
final class FileTraining {
    private FileTraining() {}

    /**
     * Reports and a teacher's label file in, a model folder out; {@code goldFile} (or null) holds gold labels
     * for some of the reports, which override the teacher's there (or form the second stage).
     */
    static void trainFiles(Schema schema, Path reportsFile, Path labelsFile, Path goldFile, Path modelDir,
            Map<String, String> parameters, ProgressListener progress) throws IOException {
        TrainingConfig config = TrainingService.config(parameters);
        List<Report> reports = LabelService.readAll(reportsFile, null);
        List<String> corpus = reports.stream().map(Report::findingsAndImpression).toList();
        List<TrainingExample> teacher = examples(reports, labelsFile, reportsFile, schema);
        List<TrainingExample> gold = goldFile == null ? List.of() : examples(reports, goldFile, reportsFile, schema);
        try (TrainedStudent ignored = new StudentTrainer().train(TrainingService.names(schema),
                new TrainingLabels(teacher, gold), corpus, config, modelDir,
                TrainingService.listener(null, null, progress), () -> false)) {
            // the model is written to modelDir by train()
        }
    }

    private static List<TrainingExample> examples(List<Report> reports, Path labelsFile, Path reportsFile,
            Schema schema) throws IOException {
        Map<String, Map<String, MentionState>> labels = new HashMap<>();
        LabelFiles.readStates(labelsFile, schema).forEach(labels::put);
        List<TrainingExample> examples = new ArrayList<>();
        for (Report r : reports) {
            Map<String, MentionState> s = labels.get(ReportIds.canonical(r.id()));
            if (s != null) {
                examples.add(TrainingService.example(r, s, schema));
            }
        }
        if (examples.isEmpty()) {
            throw new IllegalArgumentException(labelsFile.getFileName() + " labels none of the reports in "
                    + reportsFile.getFileName());
        }
        return examples;
    }

    /** A model folder and reports in, a label file (the rule teacher's layout) out; returns the report count. */
    static long predictFiles(Path modelDir, Path reportsFile, Path out, ExportService.Format format)
            throws IOException {
        List<Report> reports = LabelService.readAll(reportsFile, null);
        try (TrainedStudent student = TrainedStudent.load(modelDir)) {
            Schema schema = schemaFor(student.findingNames());
            List<StudentPrediction> preds = new ArrayList<>();
            for (int i = 0; i < reports.size(); i += 256) {
                preds.addAll(student.predict(reports.subList(i, Math.min(reports.size(), i + 256)).stream()
                        .map(Report::findingsAndImpression).toList()));
            }
            ExportService.writeAtomically(out, w -> {
                try (var sink = format == ExportService.Format.CSV ? LabelWriters.csv(w, schema)
                        : LabelWriters.jsonl(w)) {
                    for (int i = 0; i < reports.size(); i++) {
                        sink.write(reports.get(i).id(), TrainingService.labels(reports.get(i).id(), preds.get(i),
                                schema), null);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, reportsFile, modelDir);
            return reports.size();
        }
    }

    /** A model folder records only finding names: a built-in schema with those names, else one made of them. */
    private static Schema schemaFor(List<String> names) {
        for (Schema s : BuiltInSchemas.ALL) {
            if (TrainingService.names(s).equals(names)) {
                return s;
            }
        }
        List<Finding> findings = names.stream().map(n -> new Finding(n, n, n, List.of())).toList();
        return new Schema("model", "", findings);
    }
}
