package org.radcurate.domain;

/**
 * A titled part of a report's text: {@code name} is a canonical title (INDICATION, COMPARISON,
 * FINDINGS, IMPRESSION, ...) and [start, end) are offsets of the section body in the full text.
 */
public record Section(String name, int start, int end) {
    public Section {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad section offsets " + start + ".." + end);
        }
    }

    public String body(String text) {
        return text.substring(start, end);
    }
}
