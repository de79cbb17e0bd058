package org.radcurate.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One radiology report. Section offsets point into {@code text}. */
public record Report(String id, String text, List<Section> sections, Split split, String dataset) {

    public static final List<String> STANDARD_SECTIONS =
            List.of("INDICATION", "COMPARISON", "FINDINGS", "IMPRESSION");

    public Report {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("report id is empty");
        }
        sections = List.copyOf(sections);
        for (Section s : sections) {
            if (s.end() > text.length()) {
                throw new IllegalArgumentException("section " + s.name() + " ends past the text");
            }
        }
        split = split == null ? Split.NONE : split;
        dataset = dataset == null ? "" : dataset;
    }

    /**
     * Builds a report from titled parts, in the given order, skipping blank ones. The text reads
     * "INDICATION: ...\nFINDINGS: ..." so the titles stay visible to readers and labelers.
     */
    public static Report fromSections(
            String id, Map<String, String> parts, Split split, String dataset) {
        StringBuilder text = new StringBuilder();
        List<Section> sections = new ArrayList<>();
        for (Map.Entry<String, String> part : parts.entrySet()) {
            String body = part.getValue() == null ? "" : part.getValue().strip();
            if (body.isEmpty()) {
                continue;
            }
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(part.getKey()).append(": ");
            int start = text.length();
            text.append(body);
            sections.add(new Section(part.getKey(), start, text.length()));
        }
        return new Report(id, text.toString(), sections, split, dataset);
    }

    public Optional<String> section(String name) {
        return sections.stream()
                .filter(s -> s.name().equalsIgnoreCase(name))
                .map(s -> s.body(text))
                .findFirst();
    }

    /** The text a labeler reads: findings and impression when present, else the whole text. */
    public String findingsAndImpression() {
        String f = section("FINDINGS").orElse("");
        String i = section("IMPRESSION").orElse("");
        if (f.isEmpty() && i.isEmpty()) {
            return text;
        }
        return f.isEmpty() ? i : i.isEmpty() ? f : f + "\n" + i;
    }

    public Report withSplit(Split newSplit) {
        return new Report(id, text, sections, newSplit, dataset);
    }
}
