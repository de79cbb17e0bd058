package org.radcurate.labeling;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.radcurate.domain.Finding;
import org.radcurate.domain.Schema;

/** Loads the bundled rule files and the user's, and fits the lexicon to a schema. */
final class RuleSources {
    static final String RESOURCE_DIR = "/org/radcurate/labeling/";
    static final List<String> BUNDLED = List.of("triggers.json", "lexicon.json", "concepts.json");

    /** The schema whose labeling conventions differ from CheXpert's; every other schema follows CheXpert's. */
    static final String NIH_SCHEMA = "nih14";

    private RuleSources() {}

    /** The bundled rules with the CheXpert conventions (the default of every schema but nih14). */
    static RuleBook bundled() throws IOException {
        return bundled(null);
    }

    /**
     * The bundled rules shared by every schema, then the conventions of the schema's labeling
     * standard: {@code convention-nih.json} for nih14, {@code convention-chexpert.json} for every
     * other schema (docs/labeler.md, "Conventions per schema").
     */
    static RuleBook bundled(Schema schema) throws IOException {
        RuleBook book = new RuleBook();
        for (String name : BUNDLED) {
            readBundled(book, name);
        }
        readBundled(book, conventionFile(schema));
        return book;
    }

    static String conventionFile(Schema schema) {
        return schema != null && NIH_SCHEMA.equals(schema.name()) ? "convention-nih.json" : "convention-chexpert.json";
    }

    private static void readBundled(RuleBook book, String name) throws IOException {
        try (InputStream in = RuleSources.class.getResourceAsStream(RESOURCE_DIR + name)) {
            if (in == null) {
                throw new IOException("missing bundled rule file " + name);
            }
            RuleFileReader.read(in, name, book, true);
        }
    }

    /**
     * Gives every schema finding a lexicon entry: its own when one answers to its name, display
     * name or column, else one whose mentions are its display name and name.
     */
    static List<RuleBook.Entry> fit(RuleBook book, Schema schema) {
        return schema.findings().stream().map(f -> entryFor(book, f)).toList();
    }

    private static RuleBook.Entry entryFor(RuleBook book, Finding f) {
        RuleBook.Entry e = book.entry(f.name());
        if (e == null) {
            e = book.entry(f.displayName());
        }
        if (e == null) {
            e = book.entry(f.csvColumn());
        }
        if (e == null) {
            e = book.entryOrCreate(f.name());
            e.aliases.add(f.displayName());
            e.aliases.add(f.csvColumn());
            e.mentions.add(f.displayName());
            e.mentions.add(f.name().replace('_', ' '));
        }
        return e;
    }

    static void addUserFile(RuleBook book, Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            RuleFileReader.read(in, file.toString(), book, false);
        }
    }

    /** A short fingerprint of the user files, so labels made with different rules differ in version. */
    static String fingerprint(List<Path> files) throws IOException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path p : files) {
                sha.update(Files.readAllBytes(p));
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
