package org.radcurate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radcurate.testing.TestFiles;

/** eval names the paired test's teacher and student explicitly; without them, the first and the last. */
class EvalPairedTestCliTest {
    @TempDir
    Path dir;
    final CliHarness cli = new CliHarness();

    private Path[] files() {
        Path gold = TestFiles.lines(dir.resolve("gold.csv"), "id,Effusion,Edema", "A1,1,0", "A2,0,1", "A3,1,1");
        Path rules = TestFiles.lines(dir.resolve("rules.csv"), "id,Effusion,Edema", "A1,1,1", "A2,0,1", "A3,0,1");
        Path llm = TestFiles.lines(dir.resolve("llm.csv"), "id,Effusion,Edema", "A1,1,0", "A2,0,1", "A3,1,1");
        Path student = TestFiles.lines(dir.resolve("student.csv"), "id,Effusion,Edema", "A1,1,0", "A2,1,1", "A3,1,1");
        return new Path[] {gold, rules, llm, student};
    }

    private JsonNode paired(String... extra) throws Exception {
        Path[] f = files();
        String[] base = {"eval", "--gold", f[0].toString(), "--pred", f[1].toString(), "--pred", f[2].toString(),
            "--pred", f[3].toString(), "--schema", "nih14", "--resamples", "200", "--format", "json"};
        String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(base), java.util.Arrays.stream(extra))
                .toArray(String[]::new);
        assertEquals(0, cli.run((Object[]) args), cli.err.toString());
        return new ObjectMapper().readTree(cli.out.toString()).path("paired");
    }

    @Test
    void withoutNamesTheLastIsComparedWithTheFirst() throws Exception {
        JsonNode p = paired();
        assertEquals("rules", p.path("a").asText());
        assertEquals("student", p.path("b").asText());
    }

    @Test
    void namedTeacherAndStudentAreTheOnesCompared() throws Exception {
        JsonNode p = paired("--teacher", "rules", "--student", "llm");
        assertEquals("rules", p.path("a").asText());
        assertEquals("llm", p.path("b").asText());
    }

    @Test
    void aNameThatIsNotComparedOrOnlyOneNameIsAnError() {
        Path[] f = files();
        assertEquals(1, cli.run("eval", "--gold", f[0], "--pred", f[1], "--pred", f[2], "--schema", "nih14",
                "--teacher", "rules", "--student", "gpt"));
        assertTrue(cli.err.toString().contains("'gpt' is not among the compared sources [rules, llm]"),
                cli.err.toString());
        assertEquals(1, cli.run("eval", "--gold", f[0], "--pred", f[1], "--pred", f[2], "--schema", "nih14",
                "--teacher", "rules"));
        assertTrue(cli.err.toString().contains("name both --teacher and --student for the paired test, or neither"),
                cli.err.toString());
    }
}
