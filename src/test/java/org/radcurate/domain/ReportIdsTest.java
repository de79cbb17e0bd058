package org.radcurate.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReportIdsTest {

    @Test
    void stripsCxrPrefixOfNihFileNames() {
        assertEquals("12", ReportIds.canonical("CXR12"));
        assertEquals("12", ReportIds.canonical("cxr12"));
    }

    @Test
    void stripsKnownFileExtensions() {
        assertEquals("12", ReportIds.canonical("12.txt"));
        assertEquals("12", ReportIds.canonical("CXR12.XML"));
        assertEquals("s50414267", ReportIds.canonical("s50414267.txt"));
    }

    @Test
    void stripsLeadingZerosOfNumbersOnly() {
        assertEquals("12", ReportIds.canonical("0012"));
        assertEquals("0", ReportIds.canonical("000"));
        assertEquals("S0001", ReportIds.canonical("S0001"));
    }

    @Test
    void keepsOtherIdsAfterStrippingSpaces() {
        assertEquals("CXR", ReportIds.canonical("CXR"));
        assertEquals("CXRA1", ReportIds.canonical("CXRA1"));
        assertEquals("report.v2", ReportIds.canonical(" report.v2 "));
    }
}
