package org.radcurate.service.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.radcurate.evaluation.Resampling;

class ComparisonCsvWriterTest {

    @Test
    void oneRowPerSourceAndFindingPlusMicroAndMacro() {
        List<String> lines = List.of(ComparisonCsvWriter.write(ReportFixtures.comparison(Resampling.NONE, "teacher"))
                .split("\r\n"));
        assertEquals(1 + 2 * (3 + 2), lines.size());
        assertEquals("source,kind,finding,precision,recall,f1,f1_ci95_lo,f1_ci95_hi,support,tp,fp,fn,tn", lines.get(0));
        assertEquals("teacher,finding,A,0.6666666666666666,0.6666666666666666,0.6666666666666666,,,3,2,1,1,1", lines.get(1));
        assertEquals("teacher,finding,C,0.0,0.0,0.0,,,1,0,1,1,3", lines.get(3));
        assertEquals("teacher,micro,,0.5,0.6666666666666666,0.5714285714285714,,,6,4,4,2,5", lines.get(4));
        assertEquals("teacher,macro,,0.38888888888888884,0.5555555555555555,0.4444444444444444,,,6,,,,", lines.get(5));
        assertEquals("student,micro,,1.0,1.0,1.0,,,6,6,0,0,9", lines.get(9));
    }

    @Test
    void intervalsAndQuoting() {
        String csv = ComparisonCsvWriter.write(ReportFixtures.comparison(new Resampling(100, 1), "rules, v2 \"beta\""));
        String firstRow = csv.split("\r\n")[1];
        assertEquals("\"rules, v2 \"\"beta\"\"\",finding,A,", firstRow.substring(0, firstRow.indexOf(",A,") + 3));
        String[] fields = firstRow.substring(firstRow.indexOf(",A,") + 3).split(",");
        // precision, recall, f1, lo, hi: the interval is filled in
        assertEquals(true, Double.parseDouble(fields[3]) <= Double.parseDouble(fields[4]));
    }
}
