package org.radcurate.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * RadCurate's BERT tokenizer against Hugging Face's on bert-base-uncased's real vocabulary (30,522
 * pieces; the fixture hf-vocab/ written by src/test/python/make_tokenizer_fixture.py): every sentence
 * of the fixture gives the ids of transformers' slow BertTokenizer from vocab.txt and those of the
 * tokenizers library from tokenizer.json, under each of the fixture's settings, whole and truncated.
 */
class HuggingFaceTokenizerParityTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path dir;
    private static JsonNode expected;
    private static List<String> sentences;

    @BeforeAll
    static void unpack() throws Exception {
        for (String name : List.of("vocab.txt", "tokenizer.json")) {
            try (InputStream in = new GZIPInputStream(resource(name + ".gz"))) {
                Files.copy(in, dir.resolve(name));
            }
        }
        try (InputStream in = resource("expected.json")) {
            expected = JSON.readTree(in);
        }
        sentences = new ArrayList<>();
        expected.get("sentences").forEach(s -> sentences.add(s.asText()));
    }

    private static InputStream resource(String name) {
        return HuggingFaceTokenizerParityTest.class.getResourceAsStream("hf-vocab/" + name);
    }

    @Test
    void vocabTxtGivesTheSlowTokenizersIdsUnderEachSetting() throws Exception {
        JsonNode slow = expected.get("slow");
        assertEquals(List.of("uncased", "cased", "lower-keep-accents", "no-lower-strip-accents"), names(slow.get("ids")));
        for (Map.Entry<String, JsonNode> v : slow.get("settings").properties()) {
            boolean lower = v.getValue().path("do_lower_case").asBoolean();
            JsonNode strip = v.getValue().path("strip_accents");
            BertTokenizer t = BertTokenizer.load(dir.resolve("vocab.txt"), lower, strip.isBoolean() ? strip.asBoolean() : lower);
            assertIds(t, slow.get("ids").get(v.getKey()), slow.get("truncated").get(v.getKey()), "vocab.txt " + v.getKey());
        }
    }

    @Test
    void tokenizerJsonGivesTheTokenizersLibrarysIdsUnderEachVariant() throws Exception {
        JsonNode fast = expected.get("fast");
        assertEquals(13, fast.get("variants").size());
        for (Map.Entry<String, JsonNode> v : fast.get("variants").properties()) {
            ObjectNode file = (ObjectNode) JSON.readTree(dir.resolve("tokenizer.json").toFile());
            v.getValue().properties().forEach(change -> file.set(change.getKey(), change.getValue()));
            Path variant = dir.resolve("variant-" + v.getKey() + ".json");
            JSON.writeValue(variant.toFile(), file);
            BertTokenizer t = TokenizerJson.read(variant).tokenizer();
            assertIds(t, fast.get("ids").get(v.getKey()), fast.get("truncated").get(v.getKey()), "tokenizer.json " + v.getKey());
        }
    }

    /** The one case where Hugging Face's two tokenizers differ: RadCurate follows each on its own path. */
    @Test
    void slowAndFastDifferOnlyOnTheStartOfCjkExtensionEAndEachPathFollowsItsOwn() throws Exception {
        int cjk = sentences.indexOf("x\uD86E\uDC20y and x\uD86E\uDD20y and \uD840\uDC00z");
        List<Integer> differing = new ArrayList<>();
        expected.get("disagreements").forEach(d -> differing.add(d.get("sentence").asInt()));
        assertEquals(List.of(cjk, cjk, cjk, cjk, cjk), differing);
        int[] slow = BertTokenizer.load(dir.resolve("vocab.txt"), true, true).encode(sentences.get(cjk), 512);
        int[] fast = TokenizerJson.read(dir.resolve("tokenizer.json")).tokenizer().encode(sentences.get(cjk), 512);
        // U+2B820 is an ideograph to transformers (spaced out: x, [UNK], y), not to tokenizers (x..y one [UNK] word)
        assertArrayEquals(new int[] {101, 1060, 100, 1061, 1998, 1060, 100, 1061, 1998, 100, 1062, 102}, slow);
        assertArrayEquals(new int[] {101, 100, 1998, 1060, 100, 1061, 1998, 100, 1062, 102}, fast);
    }

    @Test
    void theFixtureCoversTheHardCases() {
        assertEquals(49, sentences.size());
        assertFalse(sentences.stream().noneMatch(s -> s.codePoints().anyMatch(cp -> cp < 0x20 && cp != '\n')));
        assertEquals(101, sentences.get(33).length());
        assertEquals("2.5 cm", sentences.get(4).substring(2, 8));
    }

    private static void assertIds(BertTokenizer t, JsonNode whole, JsonNode truncated, String what) {
        int limit = expected.get("truncate").asInt();
        for (int s = 0; s < sentences.size(); s++) {
            String label = what + ", sentence " + s + ": " + sentences.get(s);
            assertArrayEquals(ints(whole.get(s)), t.encode(sentences.get(s), 4096), label);
            assertArrayEquals(ints(truncated.get(s)), t.encode(sentences.get(s), limit), label + " (truncated)");
        }
    }

    private static int[] ints(JsonNode a) {
        int[] out = new int[a.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = a.get(i).asInt();
        }
        return out;
    }

    private static List<String> names(JsonNode o) {
        List<String> out = new ArrayList<>();
        o.fieldNames().forEachRemaining(out::add);
        return out;
    }

    static Path tinyTokenizerJson() throws IOException {
        try {
            return Path.of(HuggingFaceTokenizerParityTest.class.getResource("hf-vocab/tiny-bert-tokenizer.json").toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IOException(e);
        }
    }
}
