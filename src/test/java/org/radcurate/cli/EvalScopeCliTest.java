package org.radcurate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radcurate.service.LabelledScopeFixture;

/** eval --scope labelled scores each source where it has labels; the default (all) keeps today's figures. */
class EvalScopeCliTest {
    @TempDir
    Path dir;
    final CliHarness cli = new CliHarness();

    private JsonNode eval(String... scope) throws Exception {
        Path w = dir.resolve("w.radcurate");
        if (!java.nio.file.Files.exists(w)) {
            LabelledScopeFixture.create(w);
        }
        List<String> args = new java.util.ArrayList<>(List.of("eval", "-w", w.toString(), "--gold-set",
                LabelledScopeFixture.GOLD_SET, "--source", LabelledScopeFixture.TEACHER, "--source",
                LabelledScopeFixture.ANNOTATOR, "--resamples", "200", "--format", "json"));
        args.addAll(List.of(scope));
        assertEquals(0, cli.run(args.toArray()), cli.err.toString());
        JsonNode root = new ObjectMapper().readTree(cli.out.toString());
        return root;
    }

    @Test
    void labelledScoresTheAnnotatorOnItsTwoReportsAndPairsOnThem() throws Exception {
        JsonNode root = eval("--scope", "labelled");

        assertEquals("labelled", root.path("scope").asText());
        JsonNode ann = root.path("sources").get(1);
        assertEquals(0.8, ann.path("micro").path("f1").asDouble(), 1e-12);
        assertEquals(2, ann.path("coverage").path("scored").asInt());
        assertEquals(10.0 / 13, root.path("sources").get(0).path("micro").path("f1").asDouble(), 1e-12);
        assertEquals(2, root.path("paired").path("reports").asInt());
    }

    @Test
    void theDefaultScoresEveryGoldReportAsBefore() throws Exception {
        JsonNode root = eval();

        assertFalse(root.has("scope"));
        assertFalse(root.path("paired").has("reports"));
        JsonNode ann = root.path("sources").get(1);
        assertEquals(0.4, ann.path("micro").path("f1").asDouble(), 1e-12);
        assertEquals(6, ann.path("coverage").path("scored").asInt());
        assertEquals(eval("--scope", "all"), root);
    }

    @Test
    void anUnknownScopeIsAnError() {
        assertEquals(1, cli.run("eval", "--gold", dir.resolve("g.csv"), "--pred", dir.resolve("p.csv"),
                "--scope", "some"));
        assertEquals(List.of("error: unknown scope 'some'; use labelled or all"), cli.errorLines());
    }
}
