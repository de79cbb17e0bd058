package org.radcurate.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WordPieceTokenizerTest {
    private static final List<String> CORPUS = List.of(
            "No pleural effusion.", "Small left pleural effusion.", "Pleural effusions are unchanged.",
            "No pneumothorax.", "There is no pneumothorax.", "Effusion, effusion, effusion.");

    @Test
    void splitsWordsAndPunctuationLowerCasedWithoutAccents() {
        assertEquals(List.of("no", "pleural", "effusion", ".", "cafe", "2", "cm", "-", "x"),
                WordPieceTokenizer.words("No  pleural\teffusion. Café 2 cm-x"));
    }

    @Test
    void learnsFrequentWordsAsSinglePieces() {
        WordPieceTokenizer t = WordPieceTrainer.train(CORPUS, 200);
        assertEquals(List.of("no", "pleural", "effusion", "."), t.tokenize("No pleural effusion."));
        // a new word is spelt with known pieces, continuation pieces marked ##
        List<String> pieces = t.tokenize("effusions");
        assertEquals("effusion", pieces.get(0));
        assertTrue(pieces.subList(1, pieces.size()).stream().allMatch(p -> p.startsWith("##")), pieces.toString());
    }

    @Test
    void respectsTheVocabularySizeAndStartsWithSpecials() {
        WordPieceTokenizer t = WordPieceTrainer.train(CORPUS, 40);
        assertTrue(t.size() <= 40, "size " + t.size());
        assertEquals(WordPieceTokenizer.SPECIALS, t.pieces().subList(0, 5));
    }

    @Test
    void encodesWithClsAndSepAndTruncates() {
        WordPieceTokenizer t = WordPieceTrainer.train(CORPUS, 200);
        int[] ids = t.encode("No pneumothorax.", 16);
        assertEquals(WordPieceTokenizer.CLS_ID, ids[0]);
        assertEquals(WordPieceTokenizer.SEP_ID, ids[ids.length - 1]);
        assertEquals(5, ids.length);
        int[] cut = t.encode("No pleural effusion. No pneumothorax. No pneumothorax.", 6);
        assertEquals(6, cut.length);
        assertEquals(WordPieceTokenizer.SEP_ID, cut[5]);
        assertEquals(WordPieceTokenizer.UNK_ID, t.encode("Ω", 8)[1]);
    }

    @Test
    void isDeterministicAndSurvivesSaveAndLoad(@TempDir Path dir) throws Exception {
        WordPieceTokenizer a = WordPieceTrainer.train(CORPUS, 60);
        WordPieceTokenizer b = WordPieceTrainer.train(CORPUS, 60);
        assertEquals(a.pieces(), b.pieces());
        a.save(dir.resolve("vocab.txt"));
        WordPieceTokenizer loaded = WordPieceTokenizer.load(dir.resolve("vocab.txt"));
        assertEquals(a.pieces(), loaded.pieces());
        assertArrayEquals(a.encode("Small pleural effusions.", 32), loaded.encode("Small pleural effusions.", 32));
    }
}
