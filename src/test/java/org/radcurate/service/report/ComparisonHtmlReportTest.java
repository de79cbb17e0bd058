package org.radcurate.service.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.radcurate.evaluation.Resampling;

class ComparisonHtmlReportTest {
    private static final String NASTY = "<script>alert('x')</script> & \"co\"";

    @Test
    void selfContainedWithChartAndTable() {
        String html = ComparisonHtmlReport.write(ReportFixtures.comparison(new Resampling(100, 2), "teacher"));
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<style>"));
        assertTrue(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assertFalse(html.contains("<script"));
        assertFalse(html.contains("<link"));
        assertFalse(html.contains("src="));
        assertEquals(1, html.split("http", -1).length - 1, "only the SVG namespace names a URL");
        // bars: 3 findings x 2 sources, plus 2 legend swatches
        assertEquals(3 * 2 + 2, html.split("<rect ", -1).length - 1);
        assertTrue(html.contains("<td class=\"best\">1.000 [1.000, 1.000] *"));
        assertTrue(html.contains("<tr class=\"avg\"><td>micro</td><td>6</td>"));
        assertTrue(html.contains("class=\"paired\""));
    }

    @Test
    void escapesEveryName() {
        String html = ComparisonHtmlReport.write(ReportFixtures.comparison(Resampling.NONE, NASTY));
        assertFalse(html.contains(NASTY));
        assertFalse(html.contains("<script"));
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;co&quot;"));
    }
}
