package org.radcurate.training;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Hugging Face fast-tokenizer file (tokenizer.json) of the BERT kind, read into a {@link
 * BertTokenizer} that gives the ids the Rust tokenizers library gives ({@code Tokenizer.from_file}).
 * Read: model WordPiece (vocab, unk_token, continuing_subword_prefix, max_input_chars_per_word);
 * normalizer BertNormalizer, NFC, NFD, NFKC, NFKD, Lowercase, StripAccents or a Sequence of them, or
 * none; pre_tokenizer BertPreTokenizer, Whitespace, WhitespaceSplit or a Sequence of them, or none;
 * post_processor TemplateProcessing "[CLS] $A [SEP]" or BertProcessing; added_tokens matched on the raw
 * text. Truncation and padding are not taken from the file: the run's max tokens truncate and batches
 * pad with id 0 (a padding pad_id other than 0 is refused). Anything else (BPE, Unigram, WordLevel,
 * other normalizers or pre-tokenizers, RoBERTa's processing) is refused by file and field, because
 * ids that differ from the model's own would be silently wrong.
 */
final class TokenizerJson {
    static final String FILE = "tokenizer.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern WHITESPACE_WORDS = Pattern.compile("\\w+|[^\\w\\s]+", Pattern.UNICODE_CHARACTER_CLASS);

    /** What was read: the tokenizer, and the BertNormalizer's flags for encoder.json (false without one). */
    record Read(BertTokenizer tokenizer, boolean lowerCase, boolean stripAccents) {}

    private final String file;
    private boolean lowerCase;
    private boolean stripAccents;

    private TokenizerJson(String file) {
        this.file = file;
    }

    static Read read(Path path) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(path.toFile());
        } catch (IOException e) {
            throw new IOException(path + " is not readable JSON: " + e.getMessage(), e);
        }
        return new TokenizerJson(path.toString()).parse(root);
    }

    private Read parse(JsonNode root) throws IOException {
        if (root == null || !root.isObject()) {
            throw fail("the file", "is not a JSON object");
        }
        JsonNode model = root.path("model");
        String type = model.path("type").asText("");
        if (!"WordPiece".equals(type)) {
            throw fail("model.type", (type.isEmpty() ? "is missing" : "is " + type)
                    + "; RadCurate reads WordPiece tokenizers (BERT family) only");
        }
        List<String> pieces = vocab(model.path("vocab"));
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < pieces.size(); i++) {
            ids.put(pieces.get(i), i);
        }
        String unk = text(model, "unk_token", "[UNK]", "model.unk_token");
        String prefix = text(model, "continuing_subword_prefix", "##", "model.continuing_subword_prefix");
        int maxChars = model.path("max_input_chars_per_word").asInt(100);
        List<UnaryOperator<String>> normalizers = new ArrayList<>();
        normalizer(root.path("normalizer"), "normalizer", normalizers);
        List<Function<String, List<String>>> pre = new ArrayList<>();
        preTokenizer(root.path("pre_tokenizer"), "pre_tokenizer", pre);
        String[] clsSep = postProcessor(root.path("post_processor"), ids);
        List<String> unsplit = addedTokens(root.path("added_tokens"), ids);
        JsonNode padding = root.path("padding");
        if (padding.isObject() && padding.path("pad_id").asInt(0) != 0) {
            throw fail("padding.pad_id", "is " + padding.path("pad_id").asInt() + "; RadCurate pads with id 0");
        }
        WordSplitter splitter = text -> {
            String t = text;
            for (UnaryOperator<String> n : normalizers) {
                t = n.apply(t);
            }
            List<String> words = List.of(t);
            for (Function<String, List<String>> p : pre) {
                List<String> next = new ArrayList<>();
                words.forEach(w -> next.addAll(p.apply(w)));
                words = next;
            }
            return words;
        };
        try {
            BertTokenizer tokenizer = new BertTokenizer(pieces,
                    new BertTokenizer.Rules(splitter, unk, clsSep[0], clsSep[1], prefix, maxChars, unsplit), file);
            return new Read(tokenizer, lowerCase, stripAccents);
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private List<String> vocab(JsonNode vocab) throws IOException {
        if (!vocab.isObject() || vocab.isEmpty()) {
            throw fail("model.vocab", "is missing or empty");
        }
        String[] byId = new String[vocab.size()];
        for (Map.Entry<String, JsonNode> e : vocab.properties()) {
            int id = e.getValue().asInt(-1);
            if (!e.getValue().canConvertToInt() || id < 0 || id >= byId.length || byId[id] != null) {
                throw fail("model.vocab", "gives " + e.getKey() + " the id " + e.getValue()
                        + "; the ids must be 0 to " + (byId.length - 1) + ", each once");
            }
            byId[id] = e.getKey();
        }
        return Arrays.asList(byId);
    }

    private void normalizer(JsonNode n, String field, List<UnaryOperator<String>> out) throws IOException {
        if (n.isMissingNode() || n.isNull()) {
            return;
        }
        String type = n.path("type").asText("");
        switch (type) {
            case "BertNormalizer" -> {
                boolean clean = n.path("clean_text").asBoolean(true);
                boolean cjk = n.path("handle_chinese_chars").asBoolean(true);
                boolean lower = n.path("lowercase").asBoolean(true);
                boolean strip = n.path("strip_accents").isBoolean() ? n.path("strip_accents").asBoolean() : lower;
                lowerCase |= lower;
                stripAccents |= strip;
                out.add(s -> bertNormalize(s, clean, cjk, strip, lower));
            }
            case "Sequence" -> {
                JsonNode list = n.path("normalizers");
                for (int i = 0; i < list.size(); i++) {
                    normalizer(list.get(i), field + ".normalizers[" + i + "]", out);
                }
            }
            case "NFC" -> out.add(s -> Normalizer.normalize(s, Normalizer.Form.NFC));
            case "NFD" -> out.add(s -> Normalizer.normalize(s, Normalizer.Form.NFD));
            case "NFKC" -> out.add(s -> Normalizer.normalize(s, Normalizer.Form.NFKC));
            case "NFKD" -> out.add(s -> Normalizer.normalize(s, Normalizer.Form.NFKD));
            case "Lowercase" -> out.add(WordSplitter::lowerEach);
            case "StripAccents" -> out.add(TokenizerJson::dropMarks);
            default -> throw fail(field + ".type", (type.isEmpty() ? "is missing" : "is " + type) + "; RadCurate reads "
                    + "BertNormalizer, NFC, NFD, NFKC, NFKD, Lowercase, StripAccents and Sequence normalizers");
        }
    }

    /** The tokenizers library's BertNormalizer: clean, space out CJK, strip accents, then lower-case. */
    static String bertNormalize(String s, boolean clean, boolean cjk, boolean strip, boolean lower) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (clean && (cp == 0 || cp == 0xfffd || BertChars.isControl(cp))) {
                return;
            }
            if (clean && BertChars.isRustWhitespace(cp)) {
                b.append(' ');
            } else if (cjk && BertChars.isCjk(cp, true)) {
                b.append(' ').appendCodePoint(cp).append(' ');
            } else {
                b.appendCodePoint(cp);
            }
        });
        String t = b.toString();
        if (strip) {
            t = BertChars.stripMarks(Normalizer.normalize(t, Normalizer.Form.NFD));
        }
        return lower ? WordSplitter.lowerEach(t) : t;
    }

    /** The StripAccents normalizer: drops combining marks (Mn, Mc, Me), without NFD. */
    private static String dropMarks(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(cp -> {
            int t = Character.getType(cp);
            return t != Character.NON_SPACING_MARK && t != Character.COMBINING_SPACING_MARK
                    && t != Character.ENCLOSING_MARK;
        }).forEach(b::appendCodePoint);
        return b.toString();
    }

    private void preTokenizer(JsonNode p, String field, List<Function<String, List<String>>> out) throws IOException {
        if (p.isMissingNode() || p.isNull()) {
            return;
        }
        String type = p.path("type").asText("");
        switch (type) {
            case "BertPreTokenizer" -> out.add(s -> {
                List<String> words = new ArrayList<>();
                WordSplitter.splitOn(s, BertChars::isRustWhitespace).forEach(w -> WordSplitter.isolatePunctuation(w, words));
                return words;
            });
            case "WhitespaceSplit" -> out.add(s -> WordSplitter.splitOn(s, BertChars::isRustWhitespace));
            case "Whitespace" -> out.add(s -> {
                List<String> words = new ArrayList<>();
                Matcher m = WHITESPACE_WORDS.matcher(s);
                while (m.find()) {
                    words.add(m.group());
                }
                return words;
            });
            case "Sequence" -> {
                JsonNode list = p.path("pretokenizers");
                for (int i = 0; i < list.size(); i++) {
                    preTokenizer(list.get(i), field + ".pretokenizers[" + i + "]", out);
                }
            }
            default -> throw fail(field + ".type", (type.isEmpty() ? "is missing" : "is " + type)
                    + "; RadCurate reads BertPreTokenizer, Whitespace, WhitespaceSplit and Sequence pre-tokenizers");
        }
    }

    /** [CLS] and [SEP] of the single-sequence template. */
    private String[] postProcessor(JsonNode p, Map<String, Integer> ids) throws IOException {
        String type = p.path("type").asText("");
        String[] clsSep;
        if ("BertProcessing".equals(type)) {
            clsSep = new String[] {special(p.path("cls"), "post_processor.cls", ids),
                    special(p.path("sep"), "post_processor.sep", ids)};
        } else if ("TemplateProcessing".equals(type)) {
            JsonNode single = p.path("single");
            if (single.size() != 3 || !single.get(0).has("SpecialToken") || !single.get(1).has("Sequence")
                    || !single.get(2).has("SpecialToken")) {
                throw fail("post_processor.single", "is not \"[CLS] $A [SEP]\" (a special token, the sequence, "
                        + "a special token); RadCurate's encoders read the first token of that form");
            }
            clsSep = new String[2];
            for (int k = 0; k < 2; k++) {
                String name = single.get(k * 2).path("SpecialToken").path("id").asText();
                JsonNode st = p.path("special_tokens").path(name);
                String field = "post_processor.special_tokens." + name;
                if (st.path("ids").size() != 1 || ids.get(name) == null || st.path("ids").get(0).asInt() != ids.get(name)) {
                    throw fail(field, "does not give " + name + " its one id in model.vocab");
                }
                clsSep[k] = name;
            }
        } else {
            throw fail("post_processor" + (p.isObject() ? ".type" : ""), (type.isEmpty() ? "is missing" : "is " + type)
                    + "; RadCurate needs TemplateProcessing or BertProcessing adding [CLS] and [SEP] (BERT's)");
        }
        return clsSep;
    }

    private String special(JsonNode pair, String field, Map<String, Integer> ids) throws IOException {
        String name = pair.path(0).asText("");
        if (pair.size() != 2 || ids.get(name) == null || pair.get(1).asInt(-1) != ids.get(name)) {
            throw fail(field, "is " + pair + ", not a token of model.vocab with its id");
        }
        return name;
    }

    private List<String> addedTokens(JsonNode added, Map<String, Integer> ids) throws IOException {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < added.size(); i++) {
            JsonNode t = added.get(i);
            String content = t.path("content").asText("");
            String field = "added_tokens[" + i + "]";
            if (ids.get(content) == null || ids.get(content) != t.path("id").asInt(-1)) {
                throw fail(field, content + " with id " + t.path("id") + " is not that piece of model.vocab");
            }
            if (t.path("normalized").asBoolean(false) || t.path("single_word").asBoolean(false)) {
                throw fail(field, content + " has normalized or single_word true; RadCurate matches added tokens "
                        + "on the raw text only");
            }
            out.add(content);
        }
        return out;
    }

    private String text(JsonNode n, String name, String fallback, String field) throws IOException {
        JsonNode v = n.path(name);
        if (v.isMissingNode() || v.isNull()) {
            return fallback;
        }
        if (!v.isTextual() || v.asText().isEmpty()) {
            throw fail(field, "is " + v + ", not a piece");
        }
        return v.asText();
    }

    private IOException fail(String field, String what) {
        return new IOException(file + ": " + field + " " + what);
    }
}
