package org.radcurate.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.radcurate.domain.BuiltInSchemas;
import org.radcurate.domain.Schema;
import org.radcurate.ingest.SchemaFiles;
import org.radcurate.persistence.Workspace;

/** Resolves schema names: the built-ins, then the custom schemas stored in a workspace. */
public final class Schemas {
    public static final String ACTIVE_KEY = "schema";

    private Schemas() {}

    public static Schema require(String name) {
        return BuiltInSchemas.byName(name).orElseThrow(() -> new IllegalArgumentException(
                "unknown schema '" + name + "'; built-ins are chexpert14 and nih14"));
    }

    public static Schema require(Workspace ws, String name) {
        return find(ws, name).orElseThrow(() -> new IllegalArgumentException("unknown schema '" + name
                + "'; this workspace knows " + names(ws)));
    }

    public static Optional<Schema> find(Workspace ws, String name) {
        Optional<Schema> builtIn = BuiltInSchemas.byName(name);
        if (builtIn.isPresent()) {
            return builtIn;
        }
        String json = ws.info().schemaDefinitions().get(name);
        return json == null ? Optional.empty() : Optional.of(SchemaFiles.parse(name, json));
    }

    /** The workspace's schema for annotation (chexpert14 unless set). */
    public static Schema active(Workspace ws) {
        return find(ws, ws.info().get(ACTIVE_KEY).orElse("chexpert14")).orElse(BuiltInSchemas.CHEXPERT14);
    }

    public static List<String> names(Workspace ws) {
        List<String> out = new ArrayList<>();
        BuiltInSchemas.ALL.forEach(s -> out.add(s.name()));
        out.addAll(ws.info().schemaDefinitions().keySet());
        return out;
    }

    /** Stores a custom schema so the workspace knows it from now on. */
    public static void add(Workspace ws, Schema schema) {
        if (BuiltInSchemas.byName(schema.name()).isPresent()) {
            throw new IllegalArgumentException("'" + schema.name() + "' is a built-in schema name");
        }
        ws.transaction(() -> ws.info().putSchemaDefinition(schema.name(), SchemaFiles.toJson(schema)));
    }
}
