package org.radcurate.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The report file layouts RadCurate reads. */
public enum ReportLayout {
    /** CSV with a header: an id column and a text column or section columns. */
    CSV,
    /** One JSON object per line. */
    JSONL,
    /** A folder of .txt files, one report each, sections split on common titles. */
    TEXT_FOLDER,
    /** The Open-i / Indiana University CSV (uid, MeSH, Problems, image, indication, comparison, findings, impression). */
    OPENI,
    /** MIMIC-CXR: one .txt per study in nested patient/study folders (files/p10/p10000032/s50414267.txt). */
    MIMIC;

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<ReportLayout> parse(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (v.equals("txt") || v.equals("text") || v.equals("folder")) {
            return Optional.of(TEXT_FOLDER);
        }
        if (v.equals("open-i") || v.equals("iu") || v.equals("iu-xray")) {
            return Optional.of(OPENI);
        }
        for (ReportLayout l : values()) {
            if (l.key().equals(v)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /** Guesses the layout from the path: folders by their file names, files by extension and header. */
    public static ReportLayout detect(Path path) {
        if (Files.isDirectory(path)) {
            try (var files = Files.walk(path, 4)) {
                boolean mimic = files.anyMatch(p -> p.getFileName().toString().matches("s\\d+\\.txt")
                        && p.getParent() != null && p.getParent().getFileName().toString().matches("p\\d+"));
                return mimic ? MIMIC : TEXT_FOLDER;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return JSONL;
        }
        if (name.endsWith(".csv")) {
            String header = firstLine(path).toLowerCase(Locale.ROOT);
            boolean openi = header.contains("uid") && header.contains("findings") && header.contains("impression")
                    && (header.contains("mesh") || header.contains("problems"));
            return openi ? OPENI : CSV;
        }
        throw new ImportException(path.getFileName().toString(), 0, "",
                "cannot tell the layout from the file name; choose one with --layout (csv, jsonl, txt, openi, mimic)");
    }

    private static String firstLine(Path path) {
        try (var lines = Files.lines(path)) {
            return lines.findFirst().orElse("");
        } catch (IOException | UncheckedIOException e) {
            return "";
        }
    }
}
