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
import java.util.List;
import java.util.Map;

/**
 * A pretrained BERT-family encoder in a local folder, as Hugging Face saves one: config.json
 * (model_type bert), model.safetensors, and the tokenizer as tokenizer.json or vocab.txt
 * (tokenizer_config.json optional). Nothing is downloaded: the folder is the user's. When both
 * tokenizer files are there, tokenizer.json is read (what transformers' AutoTokenizer and
 * sentence-transformers load by default) and vocab.txt must hold the same pieces in the same order.
 * A folder with only pytorch_model.bin (Python pickles, which Java cannot read safely) gets an error
 * that says how to convert it.
 */
final class BertFolder {
    static final String CONFIG = "config.json";
    static final String WEIGHTS = "model.safetensors";
    static final String VOCAB = "vocab.txt";
    static final String TOKENIZER_CONFIG = "tokenizer_config.json";
    /** config.json's model_type values read: the architecture of BertEncoder. */
    static final List<String> MODEL_TYPES = List.of("bert");
    static final String CONVERT = "python -c \"import torch; from safetensors.torch import save_file; "
            + "save_file({k: v.contiguous() for k, v in torch.load('pytorch_model.bin', map_location='cpu').items()}, "
            + "'model.safetensors', metadata={'format': 'pt'})\"";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final BertSpec spec;
    private final BertTokenizer tokenizer;
    private final boolean fromTokenizerJson;

    private BertFolder(Path dir, BertSpec spec, BertTokenizer tokenizer, boolean fromTokenizerJson) {
        this.dir = dir;
        this.spec = spec;
        this.tokenizer = tokenizer;
        this.fromTokenizerJson = fromTokenizerJson;
    }

    static BertFolder open(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("pretrained encoder folder " + dir + " does not exist");
        }
        Path config = dir.resolve(CONFIG);
        if (!Files.isRegularFile(config)) {
            throw new IOException(dir + " has no " + CONFIG + "; give the folder a Hugging Face BERT model was saved to");
        }
        JsonNode c = JSON.readTree(config.toFile());
        String type = c.path("model_type").asText("");
        if (!MODEL_TYPES.contains(type)) {
            throw new IOException(config + ": model_type " + (type.isEmpty() ? "is missing" : "is " + type)
                    + "; RadCurate reads BERT-architecture encoders only (model_type " + String.join(", ", MODEL_TYPES)
                    + ": BERT, BioBERT, PubMedBERT, MiniLM and other BertModel checkpoints), not RoBERTa, DistilBERT, "
                    + "DeBERTa, ELECTRA or others");
        }
        if (!Files.isRegularFile(dir.resolve(WEIGHTS))) {
            throw new IOException(Files.isRegularFile(dir.resolve("pytorch_model.bin"))
                    ? dir + " has pytorch_model.bin but no " + WEIGHTS + ". Convert it once, in that folder: " + CONVERT
                    : dir + " has no " + WEIGHTS + " (the encoder's weights)");
        }
        String act = c.path("hidden_act").asText("gelu");
        String positions = c.path("position_embedding_type").asText("absolute");
        if (!"gelu".equals(act) || !"absolute".equals(positions)) {
            throw new IOException(config + ": hidden_act " + act + " and position_embedding_type " + positions
                    + " are not BERT's (gelu, absolute); only BERT-architecture encoders are read");
        }
        int vocabSize = required(c, "vocab_size", config);
        boolean json = Files.isRegularFile(dir.resolve(TokenizerJson.FILE));
        if (!json && !Files.isRegularFile(dir.resolve(VOCAB))) {
            throw new IOException(dir + " has neither " + TokenizerJson.FILE + " nor " + VOCAB + " (the tokenizer)");
        }
        JsonNode tc = readOptional(dir.resolve(TOKENIZER_CONFIG));
        TokenizerJson.Read read = json ? BertTokenizerFiles.fromJson(dir, tc) : BertTokenizerFiles.fromVocab(dir, tc);
        if (read.tokenizer().size() != vocabSize) {
            throw new IOException(dir.resolve(json ? TokenizerJson.FILE : VOCAB) + " has " + read.tokenizer().size()
                    + " pieces but " + config + " says vocab_size " + vocabSize);
        }
        BertSpec spec = new BertSpec(name(dir), hash(dir), vocabSize, required(c, "hidden_size", config),
                required(c, "num_hidden_layers", config), required(c, "num_attention_heads", config),
                required(c, "intermediate_size", config), c.path("max_position_embeddings").asInt(512),
                c.path("type_vocab_size").asInt(2), c.path("layer_norm_eps").asDouble(1e-12), read.lowerCase(),
                read.stripAccents());
        return new BertFolder(dir, spec, read.tokenizer(), json);
    }

    BertSpec spec() {
        return spec;
    }

    BertTokenizer tokenizer() {
        return tokenizer;
    }

    /** The tokenizer file that was read: tokenizer.json when the folder has one, else vocab.txt. */
    Path tokenizerFile() {
        return dir.resolve(fromTokenizerJson ? TokenizerJson.FILE : VOCAB);
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
