package org.radcurate.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.radcurate.domain.LabelLayout;
import org.radcurate.domain.ReportLayout;

/** Guesses a file's layout from its name, its header or, for folders, its file names. */
public final class Layouts {
    private Layouts() {}

    public static ReportLayout detectReports(Path path) {
        if (Files.isDirectory(path)) {
            try (Stream<Path> files = Files.walk(path, 4)) {
                boolean mimic = files.anyMatch(p -> p.getFileName().toString().matches("s\\d+\\.txt")
                        && p.getParent() != null && p.getParent().getFileName().toString().matches("p\\d+"));
                return mimic ? ReportLayout.MIMIC : ReportLayout.TEXT_FOLDER;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return ReportLayout.JSONL;
        }
        if (name.endsWith(".csv")) {
            String header = firstLine(path).toLowerCase(Locale.ROOT);
            boolean openi = header.contains("uid") && header.contains("findings") && header.contains("impression")
                    && (header.contains("mesh") || header.contains("problems"));
            return openi ? ReportLayout.OPENI : ReportLayout.CSV;
        }
        throw new ImportException(path.getFileName().toString(), 0, "",
                "cannot tell the layout from the file name; choose one with --layout (csv, jsonl, txt, openi, mimic)");
    }

    /** JSONL by extension; a CSV with a Reports column and no id column is CheXpert labeler output. */
    public static LabelLayout detectLabels(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return LabelLayout.LABEL_JSONL;
        }
        String h = firstLine(path).toLowerCase(Locale.ROOT).replace("\"", "");
        if (h.startsWith("\ufeff")) {
            h = h.substring(1);
        }
        boolean hasReports = h.startsWith("reports,") || h.contains(",reports,") || h.endsWith(",reports");
        boolean hasId = h.startsWith("id,") || h.contains(",id,") || h.startsWith("filename,");
        return hasReports && !hasId ? LabelLayout.CHEXPERT : LabelLayout.LABEL_CSV;
    }

    private static String firstLine(Path path) {
        try (Stream<String> lines = Files.lines(path)) {
            return lines.findFirst().orElse("");
        } catch (IOException | UncheckedIOException e) {
            return "";
        }
    }
}
