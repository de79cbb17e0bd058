package org.radcurate.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A streamed CSV file with a header row: strict UTF-8, line numbers of each record's first line,
 * and clear errors for empty files, missing columns, truncated rows and unclosed quotes.
 */
final class CsvTable {
    /** One data row: its first line, and the fields by header name. */
    record Row(long line, Map<String, String> fields, long bytesDone) {
        String get(String column) {
            String v = fields.get(column);
            return v == null ? "" : v;
        }
    }

    @FunctionalInterface
    interface RowHandler {
        void handle(Row row);
    }

    private CsvTable() {}

    /** Header names of the file, in order; lower-cased lookups go through {@link #column}. */
    static void read(Path path, RowHandler handler, HeaderCheck check) throws IOException {
        String name = path.getFileName().toString();
        long total = Files.size(path);
        if (total == 0) {
            throw new ImportException(name, 0, "", "the file is empty");
        }
        InputStream raw = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
        try (Utf8Reader reader = new Utf8Reader(raw, name);
                CSVParser parser = open(reader, name)) {
            List<String> header = parser.getHeaderNames();
            if (header.isEmpty()) {
                throw new ImportException(name, 1, "", "the file has no header row");
            }
            refuseDuplicateNames(name, header);
            check.check(name, header);
            Iterator<CSVRecord> it = parser.iterator();
            while (true) {
                long start = parser.getCurrentLineNumber() + 1;
                CSVRecord record;
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    record = it.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw new ImportException(name, start, "", "malformed CSV (" + rootMessage(e)
                            + "); is a quote left open?");
                }
                if (record.size() < header.size()) {
                    throw new ImportException(name, start, header.get(record.size()),
                            "truncated row: expected " + header.size() + " fields, found " + record.size());
                }
                if (record.size() > header.size()) {
                    throw new ImportException(name, start, "",
                            "row has " + record.size() + " fields but the header has " + header.size());
                }
                Map<String, String> fields = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    fields.put(header.get(i), record.get(i));
                }
                handler.handle(new Row(start, fields, Math.min(reader.bytesRead(), total)));
            }
        } catch (UncheckedIOException e) {
            if (e.getCause() != null && e.getCause().getCause() instanceof ImportException ie) {
                throw ie;
            }
            throw new ImportException(name, 0, "", "cannot read: " + rootMessage(e));
        }
    }

    /** Two columns of one name: which one a row means would be a guess. */
    private static void refuseDuplicateNames(String file, List<String> header) {
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String key = header.get(i).strip().toLowerCase(Locale.ROOT);
            if (key.isEmpty()) {
                continue;
            }
            Integer earlier = seen.putIfAbsent(key, i + 1);
            if (earlier != null) {
                throw new ImportException(file, 1, header.get(i).strip(), "the header names this column twice "
                        + "(columns " + earlier + " and " + (i + 1) + "); rename or remove one");
            }
        }
    }

    private static CSVParser open(Utf8Reader reader, String name) throws IOException {
        try {
            return CSVFormat.RFC4180.builder()
                    .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get()
                    .parse(reader);
        } catch (IllegalArgumentException e) {
            throw new ImportException(name, 1, "", "bad header row: " + e.getMessage());
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    /** Finds a header name case-insensitively; null when absent. */
    static String column(List<String> header, String wanted) {
        for (String h : header) {
            if (h.strip().equalsIgnoreCase(wanted)) {
                return h;
            }
        }
        return null;
    }

    static String require(String file, List<String> header, String wanted) {
        String c = column(header, wanted);
        if (c == null) {
            throw new ImportException(file, 1, wanted, "missing column; the header has " + header);
        }
        return c;
    }

    static List<String> lower(List<String> header) {
        List<String> out = new ArrayList<>();
        header.forEach(h -> out.add(h.strip().toLowerCase(Locale.ROOT)));
        return out;
    }

    @FunctionalInterface
    interface HeaderCheck {
        void check(String file, List<String> header);
    }
}
