package org.radcurate.domain;

import java.util.List;

/**
 * One entry of a schema. {@code name} is the stable key used in storage and CSV headers
 * ({@code csvColumn} is the same for built-ins); {@code icd10Codes} are ICD-10-CM codes with dots.
 */
public record Finding(String name, String displayName, String csvColumn, List<String> icd10Codes) {
    public Finding {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("finding name is empty");
        }
        displayName = displayName == null || displayName.isBlank() ? name : displayName;
        csvColumn = csvColumn == null || csvColumn.isBlank() ? name : csvColumn;
        icd10Codes = List.copyOf(icd10Codes == null ? List.of() : icd10Codes);
    }
}
