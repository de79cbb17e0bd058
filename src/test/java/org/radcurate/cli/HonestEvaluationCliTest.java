package org.radcurate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radcurate.testing.TestFiles;

/** eval refuses meaningless inputs and states its coverage (issue 10). */
class HonestEvaluationCliTest {
    @TempDir
    Path dir;
    final CliHarness cli = new CliHarness();

    private Path gold() {
        return TestFiles.lines(dir.resolve("gold.csv"), "id,Effusion,Edema", "A1,1,0", "A2,0,1", "A3,1,1");
    }

    @Test
    void noIdsInCommonIsAnError() {
        Path pred = TestFiles.lines(dir.resolve("pred.csv"), "id,Effusion,Edema", "B1,1,0", "B2,0,0");
        assertEquals(1, cli.run("eval", "--gold", gold(), "--pred", pred, "--schema", "nih14"));
        assertEquals(List.of("error: source pred and gold gold have no report ids in common (gold 3 reports, e.g. "
                + "A1, A2, A3; pred 2 reports, e.g. B1, B2); check that both name reports the same way. Nothing was "
                + "scored"), cli.errorLines());
        assertEquals("", cli.out.toString());
    }

    @Test
    void goldWithoutRowsIsAnError() {
        Path gold = TestFiles.lines(dir.resolve("gold.csv"), "id,Effusion,Edema");
        Path pred = TestFiles.lines(dir.resolve("pred.csv"), "id,Effusion,Edema", "A1,1,0");
        assertEquals(1, cli.run("eval", "--gold", gold, "--pred", pred, "--schema", "nih14"));
        assertEquals(List.of("error: gold.csv, line 1: the file has a header but no label rows; nothing to score"),
                cli.errorLines());
    }

    @Test
    void labelsOfAnotherSchemaAreAnError() {
        Path pred = TestFiles.lines(dir.resolve("pred.csv"), "id,Effusion,Edema", "A1,1,0");
        assertEquals(1, cli.run("eval", "--gold", gold(), "--pred", pred, "--schema", "chexpert14"));
        assertEquals(List.of("error: gold.csv, line 1, field 'Effusion': 'Effusion' is not a finding of schema "
                + "chexpert14 (it is one of nih14: is the file labelled for nih14?); the closest is 'Pleural Effusion'. "
                + "Rename or remove the column"), cli.errorLines());
    }

    @Test
    void tableAndJsonStateCoverage() throws Exception {
        Path pred = TestFiles.lines(dir.resolve("pred.csv"), "id,Effusion,Edema", "A1,1,0", "A2,0,1", "Z9,1,1");
        assertEquals(0, cli.run("eval", "--gold", gold(), "--pred", pred, "--schema", "nih14", "--resamples", "0"),
                cli.err.toString());
        List<String> lines = cli.outLines();
        assertEquals("coverage of pred: gold 3 reports, predicted 3, in common 2, scored 3 (1 without a prediction, "
                + "counted as not mentioned)", lines.get(1));

        assertEquals(0, cli.run("eval", "--gold", gold(), "--pred", pred, "--schema", "nih14", "--resamples", "0",
                "--format", "json"));
        JsonNode coverage = new ObjectMapper().readTree(cli.out.toString()).path("sources").get(0).path("coverage");
        assertEquals("{\"goldReports\":3,\"predictedReports\":3,\"inCommon\":2,\"scored\":3}", coverage.toString());

        assertEquals(0, cli.run("eval", "--gold", gold(), "--pred", pred, "--schema", "nih14", "--resamples", "0",
                "--format", "html"));
        assertTrue(cli.out.toString().contains("<p class=\"coverage\">coverage of pred: gold 3 reports, predicted 3, "
                + "in common 2, scored 3 (1 without a prediction, counted as not mentioned)</p>"), cli.out.toString());
    }
}
