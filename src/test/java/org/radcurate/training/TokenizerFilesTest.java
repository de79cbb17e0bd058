package org.radcurate.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which tokenizer file of an encoder folder is read, what is refused, and what a model folder keeps. */
class TokenizerFilesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SENTENCE = "Mild cardiomegaly, possible left lower-lobe opacity (2.3 cm) - café x-ray.";

    /** The tiny BERT of BertParityTest with only the tokenizer files named. */
    private static Path folder(Path dir, boolean vocab, boolean json) throws Exception {
        Path tiny = BertParityTest.fixture();
        Files.copy(tiny.resolve("config.json"), dir.resolve("config.json"));
        Files.copy(tiny.resolve("model.safetensors"), dir.resolve("model.safetensors"));
        if (vocab) {
            Files.copy(tiny.resolve("vocab.txt"), dir.resolve("vocab.txt"));
        }
        if (json) {
            Files.copy(HuggingFaceTokenizerParityTest.tinyTokenizerJson(), dir.resolve("tokenizer.json"));
        }
        return dir;
    }

    private static void edit(Path file, Consumer<ObjectNode> change) throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(file.toFile());
        change.accept(root);
        JSON.writeValue(file.toFile(), root);
    }

    private static String refusal(Path dir) {
        return assertThrows(IOException.class, () -> BertFolder.open(dir)).getMessage();
    }

    @Test
    void aTokenizerJsonOnlyFolderGivesTheIdsOfItsVocabTxtTwin(@TempDir Path dir) throws Exception {
        BertFolder json = BertFolder.open(folder(dir, false, true));
        assertEquals(dir.resolve("tokenizer.json"), json.tokenizerFile());
        assertArrayEquals(BertFolder.open(BertParityTest.fixture()).tokenizer().encode(SENTENCE, 64),
                json.tokenizer().encode(SENTENCE, 64));
        // the ids transformers gave (tiny-bert/expected.json, sentence 3)
        assertArrayEquals(new int[] {2, 18, 19, 47, 20, 21, 22, 48, 23, 24, 49, 29, 46, 1, 30, 50, 48, 25, 26, 48, 27, 46, 3},
                json.tokenizer().encode(SENTENCE, 64));
        assertTrue(json.spec().lowerCase());
        assertTrue(json.spec().stripAccents());
    }

    @Test
    void withBothFilesTokenizerJsonIsReadAndVocabTxtMustAgree(@TempDir Path dir) throws Exception {
        folder(dir, true, true);
        assertEquals(dir.resolve("tokenizer.json"), BertFolder.open(dir).tokenizerFile());
        List<String> lines = Files.readAllLines(dir.resolve("vocab.txt"));
        lines.set(7, "pleura");
        Files.write(dir.resolve("vocab.txt"), lines);
        assertEquals(dir.resolve("vocab.txt") + " and " + dir.resolve("tokenizer.json") + " disagree at id 7 (line 8): "
                + "\"pleura\" in vocab.txt, \"effusion\" in tokenizer.json; tokenizer.json would be read, remove the "
                + "stale file", refusal(dir));
    }

    @Test
    void aTokenizerConfigContradictingTheNormalizerIsRefused(@TempDir Path dir) throws Exception {
        folder(dir, false, true);
        Files.writeString(dir.resolve("tokenizer_config.json"), "{\"do_lower_case\": false}");
        assertEquals(dir.resolve("tokenizer_config.json") + ": do_lower_case is false but the normalizer of "
                + dir.resolve("tokenizer.json") + " lower-cases; transformers would follow the one, the tokenizers "
                + "library the other: make them agree", refusal(dir));
    }

    @Test
    void aFolderWithNeitherTokenizerFileIsRefused(@TempDir Path dir) throws Exception {
        folder(dir, false, false);
        assertEquals(dir + " has neither tokenizer.json nor vocab.txt (the tokenizer)", refusal(dir));
    }

    @Test
    void otherTokenizerModelsAreRefusedByField(@TempDir Path dir) throws Exception {
        Path file = folder(dir, false, true).resolve("tokenizer.json");
        edit(file, r -> ((ObjectNode) r.get("model")).put("type", "BPE"));
        assertEquals(file + ": model.type is BPE; RadCurate reads WordPiece tokenizers (BERT family) only", refusal(dir));
        edit(file, r -> ((ObjectNode) r.get("model")).put("type", "Unigram"));
        assertEquals(file + ": model.type is Unigram; RadCurate reads WordPiece tokenizers (BERT family) only",
                refusal(dir));
    }

    @Test
    void unknownNormalizersPreTokenizersAndProcessorsAreRefusedByField(@TempDir Path dir) throws Exception {
        Path file = folder(dir, false, true).resolve("tokenizer.json");
        String original = Files.readString(file);
        edit(file, r -> r.set("normalizer", JSON.createObjectNode().put("type", "Sequence").set("normalizers",
                JSON.createArrayNode().add(r.get("normalizer")).add(JSON.createObjectNode().put("type", "Precompiled")))));
        assertEquals(file + ": normalizer.normalizers[1].type is Precompiled; RadCurate reads BertNormalizer, NFC, NFD, "
                + "NFKC, NFKD, Lowercase, StripAccents and Sequence normalizers", refusal(dir));
        Files.writeString(file, original);
        edit(file, r -> r.set("pre_tokenizer", JSON.createObjectNode().put("type", "ByteLevel")));
        assertEquals(file + ": pre_tokenizer.type is ByteLevel; RadCurate reads BertPreTokenizer, Whitespace, "
                + "WhitespaceSplit and Sequence pre-tokenizers", refusal(dir));
        Files.writeString(file, original);
        edit(file, r -> r.set("post_processor", JSON.createObjectNode().put("type", "RobertaProcessing")));
        assertEquals(file + ": post_processor.type is RobertaProcessing; RadCurate needs TemplateProcessing or "
                + "BertProcessing adding [CLS] and [SEP] (BERT's)", refusal(dir));
        edit(file, r -> r.putNull("post_processor"));
        assertEquals(file + ": post_processor is missing; RadCurate needs TemplateProcessing or BertProcessing adding "
                + "[CLS] and [SEP] (BERT's)", refusal(dir));
        Files.writeString(file, original);
        edit(file, r -> ((ObjectNode) r.get("added_tokens").get(4)).put("normalized", true));
        assertEquals(file + ": added_tokens[4] [MASK] has normalized or single_word true; RadCurate matches added "
                + "tokens on the raw text only", refusal(dir));
        Files.writeString(file, original);
        edit(file, r -> r.set("padding", JSON.createObjectNode().put("pad_id", 1)));
        assertEquals(file + ": padding.pad_id is 1; RadCurate pads with id 0", refusal(dir));
        Files.writeString(file, original);
        assertEquals(58, BertFolder.open(dir).tokenizer().size());
    }

    @Test
    void vocabTxtSettingsThatAreNotReproducedAreRefused(@TempDir Path dir) throws Exception {
        folder(dir, true, false);
        Path tc = dir.resolve("tokenizer_config.json");
        Files.writeString(tc, "{\"tokenize_chinese_chars\": false}");
        assertEquals(tc + ": do_basic_tokenize and tokenize_chinese_chars must be true (BERT's basic tokenizer is the "
                + "only one RadCurate reproduces)", refusal(dir));
        Files.writeString(tc, "{\"unk_token\": \"<unk>\"}");
        assertEquals(tc + ": unk_token is <unk>; RadCurate reads BERT's special tokens ([PAD], [UNK], [CLS], [SEP], "
                + "[MASK]) only", refusal(dir));
        Files.writeString(tc, "{\"do_lower_case\": false}");
        BertFolder cased = BertFolder.open(dir);
        assertFalse(cased.spec().lowerCase());
        assertArrayEquals(new int[] {2, 1, 1, 3}, cased.tokenizer().encode("NO PLEURAL", 64));
    }

    @ParameterizedTest
    @ValueSource(strings = {"roberta", "distilbert", "deberta-v2", "electra"})
    void otherArchitecturesAreRefusedByModelType(String type, @TempDir Path dir) throws Exception {
        folder(dir, true, false);
        edit(dir.resolve("config.json"), r -> r.put("model_type", type));
        assertEquals(dir.resolve("config.json") + ": model_type is " + type + "; RadCurate reads BERT-architecture "
                + "encoders only (model_type bert: BERT, BioBERT, PubMedBERT, MiniLM and other BertModel checkpoints), "
                + "not RoBERTa, DistilBERT, DeBERTa, ELECTRA or others", refusal(dir));
    }

    @Test
    void aConfigWithoutModelTypeIsRefused(@TempDir Path dir) throws Exception {
        folder(dir, true, false);
        edit(dir.resolve("config.json"), r -> r.remove("model_type"));
        assertTrue(refusal(dir).startsWith(dir.resolve("config.json") + ": model_type is missing; "));
    }

    @Test
    void aModelTrainedFromATokenizerJsonOnlyFolderKeepsItAndReloadsWithoutTheSource(@TempDir Path dir) throws Exception {
        Path source = Files.createDirectories(dir.resolve("encoder"));
        folder(source, false, true);
        Path out = dir.resolve("model");
        List<TrainingExample> examples = SyntheticReports.examples(16, 3);
        List<String> texts = examples.stream().map(TrainingExample::text).toList();
        TrainingConfig config = TrainingConfig.preset(TrainingConfig.PRETRAINED).withInit(source.toString())
                .withEpochs(1).withBatchSize(8).withMaxTokens(48).withValidationFraction(0);
        List<StudentPrediction> before;
        try (TrainedStudent s = new StudentTrainer().train(SyntheticReports.FINDINGS, examples, List.of(), config, out,
                TrainingListener.none(), () -> false)) {
            before = s.predict(texts);
        }
        assertEquals(Files.readAllLines(BertParityTest.fixture().resolve("vocab.txt")), Files.readAllLines(out.resolve("vocab.txt")));
        assertEquals(Files.readString(source.resolve("tokenizer.json")), Files.readString(out.resolve("tokenizer.json")));
        for (String f : List.of("tokenizer.json", "config.json", "model.safetensors")) {
            Files.delete(source.resolve(f));
        }
        Files.delete(source);
        try (TrainedStudent loaded = TrainedStudent.load(out)) {
            assertEquals(before, loaded.predict(texts));
        }
    }
}
