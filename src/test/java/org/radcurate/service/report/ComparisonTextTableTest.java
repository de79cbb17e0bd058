package org.radcurate.service.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.radcurate.evaluation.Resampling;

class ComparisonTextTableTest {

    @Test
    void alignedTableWithBestMarked() {
        String expected = """
                task binary, gold gold@1, policy u-zeros, 5 reports, no resampling
                finding  support  teacher F1 [95% CI]  student F1 [95% CI]
                -------  -------  -------------------  -------------------
                A              3              0.667                1.000 *
                B              2              0.667                1.000 *
                C              1              0.000                1.000 *
                -------  -------  -------------------  -------------------
                micro          6              0.571                1.000 *
                macro          6              0.444                1.000 *
                * best F1 in the row
                """;
        assertEquals(expected, ComparisonTextTable.write(ReportFixtures.comparison(Resampling.NONE, "teacher")));
    }

    @Test
    void intervalsAndPairedTestLine() {
        String text = ComparisonTextTable.write(ReportFixtures.comparison(new Resampling(200, 4), "teacher"));
        assertTrue(text.contains("1.000 [1.000, 1.000] *"), text);
        assertTrue(text.contains("student vs teacher: micro-f1 difference +0.429 ["), text);
        assertTrue(text.contains("(paired-bootstrap, 200)"), text);
    }
}
