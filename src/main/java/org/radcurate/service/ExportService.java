package org.radcurate.service;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.radcurate.domain.ConceptSet;
import org.radcurate.domain.Label;
import org.radcurate.domain.Report;
import org.radcurate.domain.Schema;
import org.radcurate.domain.Source;
import org.radcurate.ingest.LabelWriters;
import org.radcurate.ingest.ReportWriters;
import org.radcurate.persistence.Workspace;

/** Exports reports and a source's labels to CSV or JSONL; files appear whole or not at all. */
public final class ExportService {
    /** Output formats. */
    public enum Format {
        CSV,
        JSONL;

        public static Format parse(String value, Path out) {
            if (value == null || value.isBlank()) {
                return out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jsonl") ? JSONL : CSV;
            }
            return Format.valueOf(value.strip().toUpperCase(Locale.ROOT));
        }
    }

    private final Workspace ws;

    public ExportService(Workspace ws) {
        this.ws = ws;
    }

    public long exportReports(Path out, Format format) throws IOException {
        long[] n = new long[1];
        writeAtomically(out, w -> {
            Consumer<Report> sink;
            try {
                sink = format == Format.CSV ? ReportWriters.csv(w) : ReportWriters.jsonl(w);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            ws.reports().forEach(r -> {
                sink.accept(r);
                n[0]++;
            });
        }, ws.file());
        return n[0];
    }

    /** Writes every report the source labelled, with its labels (and codes in JSONL). */
    public long exportLabels(String sourceName, Path out, Format format) throws IOException {
        Source source = ws.sources().find(sourceName).orElseThrow(() -> new IllegalArgumentException(
                "no source named '" + sourceName + "' in " + ws.file().getFileName()));
        Schema schema = Schemas.require(ws, source.schema());
        Map<String, List<Label>> labels = ws.labels().bySource(source.id());
        Map<String, ConceptSet> concepts = ws.labels().conceptsBySource(source.id());
        long[] n = new long[1];
        writeAtomically(out, w -> {
            try (LabelWriters.Sink sink = format == Format.CSV ? LabelWriters.csv(w, schema) : LabelWriters.jsonl(w)) {
                labels.forEach((id, list) -> {
                    sink.write(id, list, concepts.get(id));
                    n[0]++;
                });
                if (format == Format.JSONL) {
                    concepts.forEach((id, set) -> {
                        if (!labels.containsKey(id)) {
                            sink.write(id, List.of(), set);
                            n[0]++;
                        }
                    });
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, ws.file());
        return n[0];
    }

    /** Writes a file whole or not at all, never over the workspace or an input (see {@link OutputFiles}). */
    static void writeAtomically(Path out, Consumer<BufferedWriter> body, Path... inputs) throws IOException {
        OutputFiles.write(out, body, inputs);
    }
}
