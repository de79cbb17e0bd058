package org.radcurate.training;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * A pretrained BERT-family encoder in a local folder, as Hugging Face saves one: config.json,
 * model.safetensors and vocab.txt (tokenizer_config.json optional). Nothing is downloaded: the folder
 * is the user's. A folder with only pytorch_model.bin (Python pickles, which Java cannot read safely)
 * or only tokenizer.json gets an error that says how to convert it.
 */
final class BertFolder {
    static final String CONFIG = "config.json";
    static final String WEIGHTS = "model.safetensors";
    static final String VOCAB = "vocab.txt";
    static final String CONVERT = "python -c \"import torch; from safetensors.torch import save_file; "
            + "save_file({k: v.contiguous() for k, v in torch.load('pytorch_model.bin', map_location='cpu').items()}, "
            + "'model.safetensors', metadata={'format': 'pt'})\"";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final BertSpec spec;

    private BertFolder(Path dir, BertSpec spec) {
        this.dir = dir;
        this.spec = spec;
    }

    static BertFolder open(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("pretrained encoder folder " + dir + " does not exist");
        }
        Path config = dir.resolve(CONFIG);
        if (!Files.isRegularFile(config)) {
            throw new IOException(dir + " has no " + CONFIG + "; give the folder a Hugging Face BERT model was saved to");
        }
        if (!Files.isRegularFile(dir.resolve(WEIGHTS))) {
            throw new IOException(Files.isRegularFile(dir.resolve("pytorch_model.bin"))
                    ? dir + " has pytorch_model.bin but no " + WEIGHTS + ". Convert it once, in that folder: " + CONVERT
                    : dir + " has no " + WEIGHTS + " (the encoder's weights)");
        }
        if (!Files.isRegularFile(dir.resolve(VOCAB))) {
            throw new IOException(dir + " has no " + VOCAB + (Files.isRegularFile(dir.resolve("tokenizer.json"))
                    ? "; only BERT word-piece vocabularies (vocab.txt) are read, not tokenizer.json alone"
                    : ""));
        }
        JsonNode c = JSON.readTree(config.toFile());
        String act = c.path("hidden_act").asText("gelu");
        String positions = c.path("position_embedding_type").asText("absolute");
        if (!"gelu".equals(act) || !"absolute".equals(positions)) {
            throw new IOException(config + ": hidden_act " + act + " and position_embedding_type " + positions
                    + " are not BERT's (gelu, absolute); only BERT-architecture encoders are read");
        }
        JsonNode tc = readOptional(dir.resolve("tokenizer_config.json"));
        boolean lower = tc.path("do_lower_case").asBoolean(true);
        JsonNode strip = tc.path("strip_accents");
        boolean stripAccents = strip.isBoolean() ? strip.asBoolean() : lower;
        BertSpec spec = new BertSpec(name(dir), hash(dir),
                required(c, "vocab_size", config), required(c, "hidden_size", config),
                required(c, "num_hidden_layers", config), required(c, "num_attention_heads", config),
                required(c, "intermediate_size", config), c.path("max_position_embeddings").asInt(512),
                c.path("type_vocab_size").asInt(2), c.path("layer_norm_eps").asDouble(1e-12), lower, stripAccents);
        return new BertFolder(dir, spec);
    }

    BertSpec spec() {
        return spec;
    }

    Path vocab() {
        return dir.resolve(VOCAB);
    }

    BertTokenizer tokenizer() throws IOException {
        BertTokenizer t = BertTokenizer.load(vocab(), spec.lowerCase(), spec.stripAccents());
        if (t.size() != spec.vocabSize()) {
            throw new IOException(vocab() + " has " + t.size() + " pieces but " + dir.resolve(CONFIG) + " says vocab_size "
                    + spec.vocabSize());
        }
        return t;
    }

    Map<String, SafeTensors.Tensor> weights() throws IOException {
        return SafeTensors.read(dir.resolve(WEIGHTS));
    }

    /** The folder's name, with its parent's when it is as generic as "model". */
    private static String name(Path dir) {
        Path abs = dir.toAbsolutePath().normalize();
        String own = abs.getFileName().toString();
        return abs.getParent() != null && own.length() <= 6 ? abs.getParent().getFileName() + "/" + own : own;
    }

    private static int required(JsonNode c, String field, Path file) throws IOException {
        if (!c.path(field).canConvertToInt() || c.path(field).asInt() <= 0) {
            throw new IOException(file + ": field " + field + " is missing or not a positive integer");
        }
        return c.path(field).asInt();
    }

    private static JsonNode readOptional(Path file) throws IOException {
        return Files.isRegularFile(file) ? JSON.readTree(file.toFile()) : JSON.createObjectNode();
    }

    private static String hash(Path dir) throws IOException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String name : new String[] {CONFIG, WEIGHTS}) {
                try (InputStream in = new DigestInputStream(Files.newInputStream(dir.resolve(name)), sha)) {
                    in.transferTo(java.io.OutputStream.nullOutputStream());
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }
}
