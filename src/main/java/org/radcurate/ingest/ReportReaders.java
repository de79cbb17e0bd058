package org.radcurate.ingest;

import org.radcurate.domain.ReportLayout;
import org.radcurate.domain.ReportReadOptions;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.radcurate.domain.Report;
import org.radcurate.domain.Sections;
import org.radcurate.domain.Split;

/** Streams reports out of every supported layout; bad input raises an ImportException. */
public final class ReportReaders {
    private static final List<String> SECTION_COLUMNS = List.of("indication", "comparison", "findings", "impression");

    private ReportReaders() {}

    public static void read(Path path, ReportLayout layout, ReportReadOptions options, ReportSink sink)
            throws IOException {
        read(path, layout, options, sink, note -> { });
    }

    /** Reads reports; what the reader left out on purpose (files in subfolders) goes to {@code notes}. */
    public static void read(Path path, ReportLayout layout, ReportReadOptions options, ReportSink sink,
            Consumer<String> notes) throws IOException {
        if (!Files.exists(path)) {
            throw new ImportException(path.toString(), 0, "", "no such file or folder");
        }
        switch (layout) {
            case CSV -> readCsv(path, options, false, sink);
            case OPENI -> readCsv(path, new ReportReadOptions("uid", null, SECTION_COLUMNS, options.splitColumn(),
                    options.defaultSplit(), options.dataset() == null ? "open-i" : options.dataset()), true, sink);
            case JSONL -> readJsonl(path, options, sink);
            case TEXT_FOLDER -> readFolder(path, options, false, sink, notes);
            case MIMIC -> readFolder(path, options.dataset() == null ? options.withDataset("mimic-cxr") : options,
                    true, sink, notes);
        }
    }

    /** allowEmpty: the Open-i collection holds a few reports with no text; they are kept, empty, to match its labels. */
    private static void readCsv(Path path, ReportReadOptions o, boolean allowEmpty, ReportSink sink)
            throws IOException {
        String dataset = o.dataset() != null ? o.dataset() : stem(path);
        long size = Files.size(path);
        String[] idCol = new String[1];
        String[] textCol = new String[1];
        Map<String, String> sectionCols = new LinkedHashMap<>();
        String[] splitCol = new String[1];
        String[] datasetCol = new String[1];
        CsvTable.read(path, row -> {
            String file = path.getFileName().toString();
            String id = row.get(idCol[0]).strip();
            if (id.isEmpty()) {
                throw new ImportException(file, row.line(), idCol[0], "empty report id");
            }
            Split split = split(file, row.line(), splitCol[0], splitCol[0] == null ? null : row.get(splitCol[0]), o);
            // a dataset column (as the CSV export writes) wins over the file name, as in JSONL
            String ds = datasetCol[0] != null && !row.get(datasetCol[0]).isBlank() ? row.get(datasetCol[0]) : dataset;
            Report report;
            if (textCol[0] != null) {
                String text = row.get(textCol[0]);
                report = new Report(id, text, Sections.split(text), split, ds);
            } else {
                Map<String, String> parts = new LinkedHashMap<>();
                sectionCols.forEach((title, column) -> parts.put(title, row.get(column)));
                report = Report.fromSections(id, parts, split, ds);
            }
            ReadPosition position = new ReadPosition(file, row.line(), row.bytesDone(), size);
            if (report.text().isBlank() && !allowEmpty) {
                throw new ImportException(file, row.line(), textCol[0] != null ? textCol[0] : "findings",
                        "report " + id + " has no text");
            }
            sink.accept(report, position);
        }, (file, header) -> {
            idCol[0] = CsvTable.require(file, header, o.idColumn());
            splitCol[0] = CsvTable.column(header, o.splitColumn());
            datasetCol[0] = o.dataset() == null ? CsvTable.column(header, "dataset") : null;
            if (o.textColumn() != null && !o.textColumn().isBlank()) {
                textCol[0] = CsvTable.require(file, header, o.textColumn());
            } else if (!o.sectionColumns().isEmpty()) {
                for (String s : o.sectionColumns()) {
                    String c = CsvTable.column(header, s);
                    if (c == null && !SECTION_COLUMNS.contains(s.toLowerCase(Locale.ROOT))) {
                        throw new ImportException(file, 1, s, "missing column; the header has " + header);
                    }
                    if (c != null) {
                        sectionCols.put(s.toUpperCase(Locale.ROOT), c);
                    }
                }
                if (sectionCols.isEmpty()) {
                    throw new ImportException(file, 1, "findings", "missing column: none of " + o.sectionColumns()
                            + " is in the header " + header);
                }
            } else {
                textCol[0] = CsvTable.column(header, "text");
                if (textCol[0] == null) {
                    textCol[0] = CsvTable.column(header, "report");
                }
                if (textCol[0] == null) {
                    for (String s : SECTION_COLUMNS) {
                        String c = CsvTable.column(header, s);
                        if (c != null) {
                            sectionCols.put(s.toUpperCase(Locale.ROOT), c);
                        }
                    }
                    if (sectionCols.isEmpty()) {
                        throw new ImportException(file, 1, "text", "missing column: need a text column "
                                + "(--text-column) or section columns such as findings and impression; the header has "
                                + header);
                    }
                }
            }
        });
    }

    private static void readJsonl(Path path, ReportReadOptions o, ReportSink sink) throws IOException {
        String dataset = o.dataset() != null ? o.dataset() : stem(path);
        String textField = o.textColumn() == null || o.textColumn().isBlank() ? "text" : o.textColumn();
        JsonLines.read(path, (node, pos) -> {
            String file = pos.file();
            String id = JsonFields.id(file, pos.line(), node, o.idColumn());
            if (id.isBlank()) {
                throw new ImportException(file, pos.line(), o.idColumn(), "missing or empty report id");
            }
            Split split = split(file, pos.line(), o.splitColumn(), JsonFields.text(node, o.splitColumn()), o);
            String ds = node.hasNonNull("dataset") ? node.get("dataset").asText() : dataset;
            Report report;
            if (node.hasNonNull(textField)) {
                String text = node.get(textField).asText();
                report = new Report(id, text, Sections.split(text), split, ds);
            } else {
                JsonNode sections = node.hasNonNull("sections") ? node.get("sections") : node;
                Map<String, String> parts = new LinkedHashMap<>();
                List<String> wanted = o.sectionColumns().isEmpty() ? SECTION_COLUMNS : o.sectionColumns();
                wanted.forEach(s -> parts.put(s.toUpperCase(Locale.ROOT), JsonFields.text(sections, s)));
                report = Report.fromSections(id, parts, split, ds);
            }
            if (report.text().isBlank()) {
                throw new ImportException(file, pos.line(), textField, "missing text: give \"" + textField
                        + "\" or section fields such as \"findings\" and \"impression\"");
            }
            sink.accept(report, pos);
        });
    }

    private static void readFolder(Path dir, ReportReadOptions o, boolean mimic, ReportSink sink,
            Consumer<String> notes) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new ImportException(dir.toString(), 0, "", "expected a folder of .txt files");
        }
        List<Path> files;
        try (Stream<Path> walk = mimic ? Files.walk(dir) : Files.list(dir)) {
            files = walk.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt"))
                    .filter(Files::isRegularFile)
                    .filter(p -> !mimic || isMimicStudy(p))
                    .sorted().toList();
        }
        Path realDir = dir.toRealPath();
        for (Path f : files) {
            Path real = f.toRealPath();
            if (!real.startsWith(realDir)) {
                throw new ImportException(dir.relativize(f).toString(), 0, "", "it is a symbolic link to " + real
                        + ", outside the folder being imported; copy the file into the folder instead. "
                        + "Nothing was imported");
            }
        }
        if (!mimic) {
            long nested;
            try (Stream<Path> walk = Files.walk(dir)) {
                nested = walk.filter(p -> !dir.equals(p.getParent()))
                        .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt"))
                        .filter(Files::isRegularFile).count();
            }
            if (nested > 0) {
                notes.accept(nested + (nested == 1 ? " .txt file" : " .txt files") + " in subfolders not imported "
                        + "(import each subfolder, or use --layout mimic for the MIMIC-CXR layout)");
            }
        }
        if (files.isEmpty() && mimic) {
            throw new ImportException(dir.toString(), 0, "",
                    "the folder holds no MIMIC-CXR reports (files/pNN/pNNNNNNNN/sNNNNNNNN.txt)");
        }
        if (files.isEmpty()) {
            throw new ImportException(dir.toString(), 0, "", "the folder holds no .txt files");
        }
        String dataset = o.dataset() != null ? o.dataset() : dir.getFileName().toString();
        long done = 0;
        for (Path f : files) {
            String name = dir.relativize(f).toString();
            String text = readWhole(f, name);
            if (text.isBlank()) {
                throw new ImportException(name, 0, "", "the file is empty");
            }
            String id = stem(f);
            sink.accept(new Report(id, text, Sections.split(text), o.defaultSplit(), dataset),
                    new ReadPosition(name, 1, ++done, files.size()));
        }
    }

    /** A study report sNNN.txt in a patient folder pNNN, as ReportLayout.detect recognises them. */
    private static boolean isMimicStudy(Path p) {
        return p.getFileName().toString().matches("s\\d+\\.txt")
                && p.getParent() != null && p.getParent().getFileName().toString().matches("p\\d+");
    }

    private static String readWhole(Path f, String name) throws IOException {
        try (Utf8Reader reader = new Utf8Reader(new BufferedInputStream(Files.newInputStream(f)), name)) {
            StringWriter out = new StringWriter();
            reader.transferTo(out);
            return out.toString().replace("\r\n", "\n");
        }
    }

    private static Split split(String file, long line, String column, String value, ReportReadOptions o) {
        if (value == null || value.isBlank()) {
            return o.defaultSplit();
        }
        return Split.parse(value).orElseThrow(() -> new ImportException(file, line, column,
                "unknown split '" + value + "'; use train, dev, test or none"));
    }

    static String stem(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
