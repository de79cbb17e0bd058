package org.radcurate.training;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;

/**
 * Learns a word-piece vocabulary by byte-pair-style merges (as Hugging Face's WordPiece trainer
 * does): start from single characters ("c" at a word start, "##c" inside a word) and repeatedly add
 * the most frequent adjacent pair as a new piece until the vocabulary is full or no pair occurs
 * twice. Pair counts are updated incrementally, so a corpus of 100,000 reports takes seconds.
 * Deterministic: ties go to the pair whose pieces were created first.
 */
public final class WordPieceTrainer {
    private static final int MIN_PAIR_COUNT = 2;

    private final List<String> symbols = new ArrayList<>();
    private final Map<String, Integer> symbolIds = new HashMap<>();
    private final Map<Long, Long> pairCounts = new HashMap<>();
    private final Map<Long, Set<Integer>> pairWords = new HashMap<>();
    private final PriorityQueue<long[]> queue = new PriorityQueue<>(
            Comparator.<long[]>comparingLong(e -> -e[0]).thenComparingLong(e -> e[1]));
    private int[][] words;
    private long[] wordCounts;

    private WordPieceTrainer() {}

    /** A tokenizer whose vocabulary has at most {@code vocabSize} pieces, specials included. */
    public static WordPieceTokenizer train(Iterable<String> corpus, int vocabSize) {
        return new WordPieceTrainer().run(corpus, vocabSize);
    }

    private WordPieceTokenizer run(Iterable<String> corpus, int vocabSize) {
        Map<String, Long> counts = new TreeMap<>();
        for (String text : corpus) {
            for (String w : WordPieceTokenizer.words(text)) {
                counts.merge(w, 1L, Long::sum);
            }
        }
        Set<String> vocab = new LinkedHashSet<>(WordPieceTokenizer.SPECIALS);
        vocab.addAll(alphabet(counts, vocabSize - vocab.size()));
        words = new int[counts.size()][];
        wordCounts = new long[counts.size()];
        int w = 0;
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            words[w] = initialSymbols(e.getKey());
            wordCounts[w] = e.getValue();
            addPairs(w, +1);
            w++;
        }
        while (vocab.size() < vocabSize) {
            long[] best = queue.poll();
            if (best == null) {
                break;
            }
            long key = best[1];
            Long current = pairCounts.get(key);
            if (current == null || current != best[0]) {
                continue; // stale queue entry
            }
            if (current < MIN_PAIR_COUNT) {
                break;
            }
            int a = (int) (key >>> 32);
            int b = (int) key;
            String merged = symbols.get(a) + stripPrefix(symbols.get(b));
            int id = symbolId(merged);
            vocab.add(merged);
            for (int word : List.copyOf(pairWords.getOrDefault(key, Set.of()))) {
                addPairs(word, -1);
                words[word] = merge(words[word], a, b, id);
                addPairs(word, +1);
            }
        }
        return new WordPieceTokenizer(new ArrayList<>(vocab));
    }

    /** Single-character pieces, the most frequent first when there is no room for them all. */
    private static List<String> alphabet(Map<String, Long> counts, int room) {
        Map<String, Long> chars = new HashMap<>();
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            String word = e.getKey();
            int i = 0;
            while (i < word.length()) {
                int len = Character.charCount(word.codePointAt(i));
                String c = word.substring(i, i + len);
                chars.merge(i == 0 ? c : "##" + c, e.getValue(), Long::sum);
                i += len;
            }
        }
        return chars.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(Math.max(0, room))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }

    private int[] initialSymbols(String word) {
        List<Integer> out = new ArrayList<>();
        int i = 0;
        while (i < word.length()) {
            int len = Character.charCount(word.codePointAt(i));
            String c = word.substring(i, i + len);
            out.add(symbolId(i == 0 ? c : "##" + c));
            i += len;
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private int symbolId(String symbol) {
        return symbolIds.computeIfAbsent(symbol, s -> {
            symbols.add(s);
            return symbols.size() - 1;
        });
    }

    private void addPairs(int word, int sign) {
        int[] s = words[word];
        for (int i = 0; i + 1 < s.length; i++) {
            long key = ((long) s[i] << 32) | (s[i + 1] & 0xffffffffL);
            long count = pairCounts.merge(key, sign * wordCounts[word], Long::sum);
            if (sign > 0) {
                pairWords.computeIfAbsent(key, k -> new HashSet<>()).add(word);
            }
            queue.add(new long[] {count, key});
        }
    }

    private static int[] merge(int[] s, int a, int b, int merged) {
        int[] out = new int[s.length];
        int n = 0;
        for (int i = 0; i < s.length; i++) {
            if (i + 1 < s.length && s[i] == a && s[i + 1] == b) {
                out[n++] = merged;
                i++;
            } else {
                out[n++] = s[i];
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private static String stripPrefix(String piece) {
        return piece.startsWith("##") ? piece.substring(2) : piece;
    }
}
