package org.radcurate.ingest;

import com.fasterxml.jackson.databind.JsonNode;

/** Lenient access to JSON object fields: numbers and strings both read as text. */
final class JsonFields {
    private JsonFields() {}

    static String text(JsonNode node, String field) {
        if (node == null || field == null) {
            return "";
        }
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? "" : v.asText();
    }
}
