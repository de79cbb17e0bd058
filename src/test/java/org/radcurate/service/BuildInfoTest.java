package org.radcurate.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BuildInfoTest {
    @Test
    void theVersionIsTheOneMavenBuilt() {
        // surefire passes ${project.version}; the filtered resource must say the same
        assertEquals(System.getProperty("radcurate.expected.version"), BuildInfo.version());
    }

    @Test
    void javaNamesTheRuntime() {
        assertEquals("Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
                BuildInfo.java());
    }
}
