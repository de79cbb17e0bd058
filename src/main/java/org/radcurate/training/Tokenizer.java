package org.radcurate.training;

/**
 * What the trainer needs from a tokenizer: the workspace's own word pieces ({@link WordPieceTokenizer})
 * or a pretrained encoder's vocabulary ({@link BertTokenizer}). Padding is always id 0.
 */
interface Tokenizer {
    /** The ids of [CLS], the text's pieces and [SEP], truncated to {@code maxTokens}. */
    int[] encode(String text, int maxTokens);

    int size();

    String piece(int id);

    int clsId();

    int sepId();
}
