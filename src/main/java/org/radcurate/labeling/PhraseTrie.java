package org.radcurate.labeling;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Phrases as token sequences; finds every phrase that starts at a token, longest first. */
final class PhraseTrie<V> {
    private static final class Node<V> {
        final Map<String, Node<V>> next = new HashMap<>(4);
        final List<V> values = new ArrayList<>(1);
    }

    private final Node<V> root = new Node<>();
    private int phrases;

    /** Adds a phrase written as plain text; it is tokenized exactly like report text. */
    void add(String phrase, V value) {
        Tokens t = Tokens.of(phrase);
        if (t.size == 0) {
            throw new IllegalArgumentException("empty phrase");
        }
        Node<V> node = root;
        for (int i = 0; i < t.size; i++) {
            node = node.next.computeIfAbsent(t.norm[i], k -> new Node<>());
        }
        if (!node.values.contains(value)) {
            node.values.add(value);
        }
        phrases++;
    }

    int size() {
        return phrases;
    }

    /** The longest phrase starting at token {@code from} (not past {@code limit}): its end, or -1. */
    int longest(Tokens tokens, int from, int limit, List<V> valuesOut) {
        Node<V> node = root;
        int best = -1;
        List<V> bestValues = null;
        for (int i = from; i < limit; i++) {
            node = node.next.get(tokens.norm[i]);
            if (node == null) {
                break;
            }
            if (!node.values.isEmpty()) {
                best = i + 1;
                bestValues = node.values;
            }
        }
        if (bestValues != null && valuesOut != null) {
            valuesOut.addAll(bestValues);
        }
        return best;
    }

    /** Every phrase starting at token {@code from}: calls back with its end and values, shortest first. */
    void all(Tokens tokens, int from, int limit, MatchSink<V> sink) {
        Node<V> node = root;
        for (int i = from; i < limit; i++) {
            node = node.next.get(tokens.norm[i]);
            if (node == null) {
                return;
            }
            if (!node.values.isEmpty()) {
                sink.accept(from, i + 1, node.values);
            }
        }
    }

    interface MatchSink<V> {
        void accept(int start, int end, List<V> values);
    }
}
