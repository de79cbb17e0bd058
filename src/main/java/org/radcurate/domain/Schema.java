package org.radcurate.domain;

import java.util.List;
import java.util.Optional;

/** A named list of findings. Built-ins: {@code chexpert14} and {@code nih14}. */
public record Schema(String name, String description, List<Finding> findings) {

    public Schema {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("schema name is empty");
        }
        findings = List.copyOf(findings);
        if (findings.isEmpty()) {
            throw new IllegalArgumentException("schema " + name + " has no findings");
        }
        long distinct = findings.stream().map(Finding::name).distinct().count();
        if (distinct != findings.size()) {
            throw new IllegalArgumentException("schema " + name + " repeats a finding name");
        }
    }

    public Optional<Finding> finding(String nameOrColumn) {
        return findings.stream()
                .filter(f -> f.name().equalsIgnoreCase(nameOrColumn)
                        || f.csvColumn().equalsIgnoreCase(nameOrColumn)
                        || f.displayName().equalsIgnoreCase(nameOrColumn))
                .findFirst();
    }

    public List<String> csvColumns() {
        return findings.stream().map(Finding::csvColumn).toList();
    }

    public int size() {
        return findings.size();
    }
}
