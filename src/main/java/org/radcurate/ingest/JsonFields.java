package org.radcurate.ingest;

import com.fasterxml.jackson.databind.JsonNode;

/** Lenient access to JSON object fields: numbers and strings both read as text. */
final class JsonFields {
    private JsonFields() {}

    /**
     * A report id as written: a JSON string, or a whole number (12 reads as "12"). Any other value
     * is refused rather than rewritten (1e2 would read as "100.0").
     */
    static String id(String file, long line, JsonNode node, String field) {
        JsonNode v = node == null || field == null ? null : node.get(field);
        if (v == null || v.isNull()) {
            return "";
        }
        if (v.isTextual()) {
            return v.asText();
        }
        if (v.isIntegralNumber()) {
            return v.bigIntegerValue().toString();
        }
        throw new ImportException(file, line, field, "a report id must be a JSON string or a whole number, not "
                + v + "; write it in quotes as it should read, e.g. \"" + field + "\": \"R12\"");
    }

    static String text(JsonNode node, String field) {
        if (node == null || field == null) {
            return "";
        }
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? "" : v.asText();
    }
}
