package org.radcurate.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class MentionStateTest {

    @Test
    void fromCsvReadsCheXpertCodes() {
        assertEquals(Optional.of(MentionState.POSITIVE), MentionState.fromCsv("1"));
        assertEquals(Optional.of(MentionState.NEGATIVE), MentionState.fromCsv("0"));
        assertEquals(Optional.of(MentionState.UNCERTAIN), MentionState.fromCsv("-1"));
        assertEquals(Optional.of(MentionState.ABSENT), MentionState.fromCsv(""));
    }

    @Test
    void fromCsvReadsPandasFloatsAndPadding() {
        assertEquals(Optional.of(MentionState.POSITIVE), MentionState.fromCsv("1.0"));
        assertEquals(Optional.of(MentionState.NEGATIVE), MentionState.fromCsv(" 0.0 "));
        assertEquals(Optional.of(MentionState.UNCERTAIN), MentionState.fromCsv("-1.0"));
        assertEquals(Optional.of(MentionState.ABSENT), MentionState.fromCsv(null));
    }

    @Test
    void fromCsvRefusesOtherValues() {
        assertEquals(Optional.empty(), MentionState.fromCsv("2"));
        assertEquals(Optional.empty(), MentionState.fromCsv("POSITIVE"));
        assertEquals(Optional.empty(), MentionState.fromCsv("yes"));
    }

    @Test
    void csvCodeRoundTripsThroughFromCsv() {
        for (MentionState s : MentionState.values()) {
            assertEquals(Optional.of(s), MentionState.fromCsv(s.csvCode()));
        }
    }

    @Test
    void parseAcceptsNamesInAnyCaseAndCodes() {
        assertEquals(Optional.of(MentionState.UNCERTAIN), MentionState.parse("uncertain"));
        assertEquals(Optional.of(MentionState.POSITIVE), MentionState.parse("1"));
        assertEquals(Optional.empty(), MentionState.parse("maybe"));
    }

    @Test
    void strengthOrdersPositiveOverUncertainOverNegativeOverAbsent() {
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(MentionState.ABSENT, MentionState.NEGATIVE,
                MentionState.UNCERTAIN, MentionState.POSITIVE), java.util.Arrays.stream(MentionState.values())
                .sorted(java.util.Comparator.comparingInt(MentionState::strength)).toList());
    }
}
