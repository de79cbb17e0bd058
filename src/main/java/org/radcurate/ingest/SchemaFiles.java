package org.radcurate.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.radcurate.domain.Finding;
import org.radcurate.domain.Schema;

/**
 * Custom schemas as JSON: {"name": "...", "description": "...", "findings": [{"name": "...",
 * "displayName": "...", "csvColumn": "...", "icd10": ["J90"]}]}.
 */
public final class SchemaFiles {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SchemaFiles() {}

    public static Schema read(Path file) throws IOException {
        return parse(file.getFileName().toString(), Files.readString(file));
    }

    public static Schema parse(String file, String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (IOException e) {
            throw new ImportException(file, 0, "", "invalid JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (root == null || !root.isObject()) {
            throw new ImportException(file, 0, "", "expected a JSON object");
        }
        String name = JsonFields.text(root, "name");
        if (name.isBlank()) {
            throw new ImportException(file, 0, "name", "the schema has no name");
        }
        JsonNode findings = root.get("findings");
        if (findings == null || !findings.isArray() || findings.isEmpty()) {
            throw new ImportException(file, 0, "findings", "expected a non-empty array of findings");
        }
        List<Finding> out = new ArrayList<>();
        int i = 0;
        for (JsonNode f : findings) {
            String field = "findings[" + i++ + "]";
            List<String> codes = new ArrayList<>();
            JsonNode icd = f.get("icd10");
            if (icd != null && icd.isArray()) {
                icd.forEach(c -> codes.add(c.asText()));
            }
            try {
                out.add(new Finding(JsonFields.text(f, "name"), JsonFields.text(f, "displayName"),
                        JsonFields.text(f, "csvColumn"), codes.stream().map(org.radcurate.domain.Icd10::normalize).toList()));
            } catch (IllegalArgumentException e) {
                throw new ImportException(file, 0, field, e.getMessage());
            }
        }
        try {
            return new Schema(name, JsonFields.text(root, "description"), out);
        } catch (IllegalArgumentException e) {
            throw new ImportException(file, 0, "findings", e.getMessage());
        }
    }

    public static String toJson(Schema schema) {
        ObjectNode root = JSON.createObjectNode();
        root.put("name", schema.name());
        root.put("description", schema.description());
        var findings = root.putArray("findings");
        for (Finding f : schema.findings()) {
            ObjectNode n = findings.addObject();
            n.put("name", f.name()).put("displayName", f.displayName()).put("csvColumn", f.csvColumn());
            var codes = n.putArray("icd10");
            f.icd10Codes().forEach(codes::add);
        }
        return root.toPrettyString();
    }
}
