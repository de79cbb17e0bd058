package org.radcurate.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.radcurate.domain.Report;
import org.radcurate.domain.Section;

/** Writes reports as CSV (readable back with the CSV layout) or JSONL, one at a time. */
public final class ReportWriters {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ReportWriters() {}

    /** Returns a consumer that writes each report it is given; the caller closes the writer. */
    public static Consumer<Report> csv(Writer out) throws IOException {
        CSVPrinter printer = CSVFormat.RFC4180.builder()
                .setHeader("id", "split", "dataset", "text").get().print(out);
        return r -> {
            try {
                printer.printRecord(r.id(), r.split().key(), r.dataset(), r.text());
                printer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    public static Consumer<Report> jsonl(Writer out) {
        return r -> {
            ObjectNode node = JSON.createObjectNode();
            node.put("id", r.id());
            node.put("split", r.split().key());
            node.put("dataset", r.dataset());
            node.put("text", r.text());
            ObjectNode sections = node.putObject("sections");
            for (Section s : r.sections()) {
                sections.put(s.name().toLowerCase(java.util.Locale.ROOT), s.body(r.text()));
            }
            try {
                out.write(JSON.writeValueAsString(node));
                out.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }
}
