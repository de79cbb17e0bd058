package org.radcurate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radcurate.service.llm.FakeChatServer;
import org.radcurate.service.llm.FakeChatServer.Reply;

/** The llm commands against a fake server on 127.0.0.1. */
class LlmCommandTest {
    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private FakeChatServer server;

    @BeforeEach
    void start() throws Exception {
        server = FakeChatServer.start((req, user, n) -> {
            String report = user.substring(user.lastIndexOf("Report"));
            return user.contains("ICD-10-CM")
                    ? Reply.ok(report.contains("effusion") ? "[{\"phrase\": \"effusion\", \"code\": \"J90\"}]" : "[]", 100, 10)
                    : Reply.ok(report.contains("effusion") ? "[Pleural Effusion]" : report.contains("garbled") ? "no idea" : "Normal", 100, 3);
        }, 4);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private int run(String... args) {
        return RadCurateCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    private Path reports() throws Exception {
        return Files.writeString(dir.resolve("reports.csv"), "id,text\n1,Small left effusion.\n2,Clear lungs.\n3,garbled\n");
    }

    @Test
    void labelsAWorkspaceAndAgainFromTheCache() throws Exception {
        Path ws = dir.resolve("w.radcurate");
        assertEquals(0, run("import", "-w", ws.toString(), reports().toString()));
        out.getBuffer().setLength(0);
        String url = server.endpoint().url();
        assertEquals(0, run("llm", "label", "-w", ws.toString(), "--endpoint", url, "--model", "fake-model", "--task", "both",
                "--concurrency", "2", "--price-prompt", "1", "--price-completion", "2"), err.toString());
        assertEquals(List.of("estimate: 6 reports x tasks: 0 cached, 6 to ask; about "
                        + out.toString().lines().findFirst().orElseThrow().replaceAll(".*about (\\d+) prompt.*", "$1")
                        + " prompt tokens and at most 3072 completion tokens, at most "
                        + out.toString().lines().findFirst().orElseThrow().replaceAll(".*at most ([0-9.]+)$", "$1"),
                "llm:fake-model mc chexpert14, llm:fake-model open chexpert14: 6 reports, 6 asked, 0 from the cache, "
                        + "1 answers could not be read, 0 requests failed; 600 prompt + 39 completion tokens, cost 0.0007"),
                out.toString().lines().toList());
        out.getBuffer().setLength(0);
        assertEquals(0, run("llm", "label", "-w", ws.toString(), "--endpoint", url, "--model", "fake-model", "--task", "both"));
        assertEquals("llm:fake-model mc chexpert14, llm:fake-model open chexpert14: 6 reports, 0 asked, 6 from the cache, "
                + "1 answers could not be read, 0 requests failed; 0 prompt + 0 completion tokens", out.toString().lines().toList().get(1));
        assertEquals(6, server.requests());
    }

    @Test
    void labelsAFileToLabelJsonl() throws Exception {
        Path labels = dir.resolve("llm.jsonl");
        assertEquals(0, run("llm", "label", "--in", reports().toString(), "--out", labels.toString(), "--endpoint",
                server.endpoint().url(), "--model", "fake-model", "--task", "open"), err.toString());
        assertEquals(List.of(
                "{\"id\":\"1\",\"llm\":{\"open\":{\"answer\":\"[{\\\"phrase\\\": \\\"effusion\\\", \\\"code\\\": \\\"J90\\\"}]\"}},"
                        + "\"icd10\":[{\"code\":\"J90\",\"phrase\":\"effusion\"}]}",
                "{\"id\":\"2\",\"llm\":{\"open\":{\"answer\":\"[]\"}},\"icd10\":[]}",
                "{\"id\":\"3\",\"llm\":{\"open\":{\"answer\":\"[]\"}},\"icd10\":[]}"), Files.readAllLines(labels));
    }

    @Test
    void aNonLocalEndpointNeedsConsentAndTheConsentIsAudited() throws Exception {
        Path ws = dir.resolve("w.radcurate");
        assertEquals(0, run("import", "-w", ws.toString(), reports().toString()));
        assertEquals(1, run("llm", "label", "-w", ws.toString(), "--endpoint", "https://llm.example.org/v1", "--model", "m"));
        assertEquals("error: report text would leave this machine for https://llm.example.org/v1, and this workspace's owner has "
                + "not allowed that endpoint; allow it with 'llm consent -w WORKSPACE --grant https://llm.example.org/v1' or "
                + "in Label > Run LLM Teacher", err.toString().strip());
        out.getBuffer().setLength(0);
        assertEquals(0, run("llm", "consent", "-w", ws.toString(), "--grant", "https://llm.example.org/v1", "--who", "dr.ada"));
        assertTrue(out.toString().startsWith("report text of " + ws + " may now be sent to https://llm.example.org/v1 (allowed by dr.ada at "),
                out.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run("llm", "consent", "-w", ws.toString(), "--withdraw", "https://llm.example.org/v1", "--who", "dr.ada"));
        assertEquals("consent for https://llm.example.org/v1 withdrawn", out.toString().strip());
        out.getBuffer().setLength(0);
        assertEquals(0, run("llm", "consent", "-w", ws.toString(), "--list"));
        assertEquals("no endpoint allowed; report text goes only to endpoints on this machine", out.toString().strip());
        err.getBuffer().setLength(0);
        assertEquals(1, run("llm", "label", "--in", reports().toString(), "--out", dir.resolve("x.jsonl").toString(),
                "--endpoint", "https://llm.example.org/v1", "--model", "m"));
        assertTrue(err.toString().startsWith("error: report text would leave this machine for https://llm.example.org/v1; "
                + "pass --allow-remote"), err.toString());
        assertEquals(0, server.requests());
    }

    @Test
    void listsModelsAndPrintsTemplatesAndDryRuns() throws Exception {
        assertEquals(0, run("llm", "models", "--endpoint", server.endpoint().url()));
        assertEquals("fake-model", out.toString().strip());
        out.getBuffer().setLength(0);
        assertEquals(0, run("llm", "template", "--schema", "nih14", "--task", "open"));
        assertTrue(out.toString().startsWith("{\n  \"name\" : \"radcurate-open-nih14\",\n  \"version\" : 1,\n  \"task\" : \"open\","),
                out.toString());
        Path template = Files.writeString(dir.resolve("t.json"), out.toString().replace("\"version\" : 1", "\"version\" : 2"));
        out.getBuffer().setLength(0);
        assertEquals(0, run("llm", "label", "--in", reports().toString(), "--endpoint", server.endpoint().url(), "--model",
                "fake-model", "--task", "open", "--template", template.toString(), "--dry-run"), err.toString());
        assertTrue(out.toString().startsWith("POST " + server.endpoint().url() + "/chat/completions\n"), out.toString());
        assertTrue(out.toString().contains("Report:\\nSmall left effusion.\\n\\nOutput:"), out.toString());
        assertEquals(0, server.requests());
    }

    @Test
    void aBadTemplateIsAClearError() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"name\": \"x\",\n\"version\": 0}");
        assertEquals(1, run("llm", "label", "--in", reports().toString(), "--out", dir.resolve("o.jsonl").toString(),
                "--endpoint", server.endpoint().url(), "--model", "m", "--template", bad.toString()));
        assertEquals("error: " + bad + ", line 2, field 'version': expected a whole number of 1 or more", err.toString().strip());
        assertEquals(false, Files.exists(dir.resolve("o.jsonl")));
    }

    @Test
    void help_of_every_llm_command_renders_without_warnings() {
        for (String c : List.of("dataset", "train", "predict", "score")) {
            assertEquals(0, run("llm", c, "--help"));
            assertEquals("", err.toString());
        }
        assertEquals(true, out.toString().contains("95% intervals"));
    }
}
