package org.radcurate.training;

import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The files of a model directory. Every file is written to a temporary name and moved into place,
 * so a crash leaves either the old or the new version, never half a file.
 */
final class RunFiles {
    static final String CONFIG = "config.json";
    static final String VOCAB = "vocab.txt";
    /** A pretrained encoder's tokenizer.json, kept when that is what the run read. */
    static final String TOKENIZER = "tokenizer.json";
    static final String SCHEMA = "schema.json";
    static final String STATE = "state.json";
    static final String METRICS = "metrics.jsonl";
    /** Which labels of which source the run learnt from (counts). */
    static final String SOURCES = "sources.json";
    static final String BEST = "best.params";
    static final String MODEL = "model.params";
    static final String OPTIMIZER_SUFFIX = ".optim";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectMapper JSON_LINE = new ObjectMapper();

    /** schema.json: the finding names in head order. */
    record SchemaFile(List<String> findings) {}

    private final Path dir;

    RunFiles(Path dir) {
        this.dir = dir;
    }

    Path path(String name) {
        return dir.resolve(name);
    }

    static String checkpointName(boolean pretraining, int epoch) {
        return String.format("checkpoint-%s-%03d.params", pretraining ? "mlm" : "epoch", epoch);
    }

    <T> T readJson(String name, Class<T> type) throws IOException {
        return JSON.readValue(path(name).toFile(), type);
    }

    void writeJson(String name, Object value) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(value);
        write(name, out -> out.write(bytes));
    }

    void appendMetrics(Map<String, Object> line) throws IOException {
        Files.writeString(path(METRICS), JSON_LINE.writeValueAsString(line) + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    void saveParameters(String name, Block block) throws IOException {
        write(name, out -> block.saveParameters(new DataOutputStream(out)));
    }

    void loadParameters(String name, Block block, NDManager manager) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path(name)))) {
            block.loadParameters(manager, new DataInputStream(in));
        } catch (MalformedModelException e) {
            throw new IOException("cannot read " + path(name) + ": " + e.getMessage(), e);
        }
    }

    void saveOptimizer(String checkpoint, AdamW optimizer) throws IOException {
        write(checkpoint + OPTIMIZER_SUFFIX, out -> optimizer.save(new DataOutputStream(out)));
    }

    void loadOptimizer(String checkpoint, AdamW optimizer) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path(checkpoint + OPTIMIZER_SUFFIX)))) {
            optimizer.load(new DataInputStream(in));
        }
    }

    void copy(String from, String to) throws IOException {
        Path tmp = path(to + ".tmp");
        Files.copy(path(from), tmp, StandardCopyOption.REPLACE_EXISTING);
        Files.move(tmp, path(to), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Copies a file from elsewhere in, under {@code to}. */
    void copyIn(Path from, String to) throws IOException {
        Path tmp = path(to + ".tmp");
        Files.copy(from, tmp, StandardCopyOption.REPLACE_EXISTING);
        Files.move(tmp, path(to), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Writes lines, each ending in a newline (vocab.txt). */
    void writeLines(String name, List<String> lines) throws IOException {
        byte[] bytes = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
        write(name, out -> out.write(bytes));
    }

    boolean exists(String name) {
        return Files.isRegularFile(path(name));
    }

    /** Removes checkpoints other than {@code keep}. */
    void pruneCheckpoints(String keep) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.toList()) {
                String n = p.getFileName().toString();
                if (n.startsWith("checkpoint-") && !n.equals(keep) && !n.equals(keep + OPTIMIZER_SUFFIX)) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** Removes every file a previous run wrote here, so a fresh run never mixes with it. */
    void clearRun() throws IOException {
        pruneCheckpoints("");
        for (String n : List.of(CONFIG, VOCAB, TOKENIZER, SCHEMA, STATE, METRICS, BEST, MODEL, StudentVocabulary.ENCODER)) {
            Files.deleteIfExists(path(n));
        }
    }

    private interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private void write(String name, Writer writer) throws IOException {
        Path tmp = path(name + ".tmp");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
            writer.write(out);
        }
        Files.move(tmp, path(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
