package org.radcurate.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A JSONL file read one object per line, strict UTF-8, with the position of each line. */
final class JsonLines {
    private static final ObjectMapper JSON = new ObjectMapper();

    @FunctionalInterface
    interface ObjectHandler {
        void handle(JsonNode node, ReadPosition position);
    }

    private JsonLines() {}

    /** Calls the handler for each non-blank line; an empty file or a line that is not an object is an error. */
    static void read(Path path, ObjectHandler handler) throws IOException {
        String file = path.getFileName().toString();
        long total = Files.size(path);
        if (total == 0) {
            throw new ImportException(file, 0, "", "the file is empty");
        }
        try (Utf8Reader reader = new Utf8Reader(new BufferedInputStream(Files.newInputStream(path)), file);
                BufferedReader lines = new BufferedReader(reader)) {
            long lineNo = 0;
            boolean any = false;
            String line;
            while ((line = lines.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                any = true;
                handler.handle(parse(file, lineNo, line),
                        new ReadPosition(file, lineNo, Math.min(reader.bytesRead(), total), total));
            }
            if (!any) {
                throw new ImportException(file, 0, "", "the file is empty");
            }
        }
    }

    static JsonNode parse(String file, long lineNo, String line) {
        try {
            JsonNode node = JSON.readTree(line);
            if (node == null || !node.isObject()) {
                throw new ImportException(file, lineNo, "", "expected one JSON object per line");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new ImportException(file, lineNo, "", "invalid JSON (truncated line?): "
                    + e.getOriginalMessage().lines().findFirst().orElse(""));
        }
    }
}
