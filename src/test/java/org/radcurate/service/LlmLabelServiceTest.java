package org.radcurate.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radcurate.domain.AuditEvent;
import org.radcurate.domain.BuiltInSchemas;
import org.radcurate.domain.LlmAnswerRecord;
import org.radcurate.domain.LlmSourceInfo;
import org.radcurate.domain.MentionState;
import org.radcurate.domain.ProgressListener;
import org.radcurate.domain.ReportReadOptions;
import org.radcurate.domain.Source;
import org.radcurate.labeling.llm.ApiKey;
import org.radcurate.labeling.llm.ClientSettings;
import org.radcurate.labeling.llm.Endpoint;
import org.radcurate.labeling.llm.LlmException;
import org.radcurate.labeling.llm.LlmTask;
import org.radcurate.labeling.llm.Pricing;
import org.radcurate.persistence.Workspace;
import org.radcurate.service.llm.FakeChatServer;
import org.radcurate.service.llm.FakeChatServer.Reply;

/** LLM teacher runs over a real workspace, against a fake server the test starts on 127.0.0.1. */
class LlmLabelServiceTest {
    private static final String SECRET = "sk-secret-0123456789abcdef";

    @TempDir
    Path dir;

    /** Answers from the report words, as a model might; report 4 gets prose nobody can read. */
    private static Reply answer(String user) {
        String report = user.substring(user.lastIndexOf("Report"));
        if (user.contains("ICD-10-CM")) {
            return report.contains("effusion") ? Reply.ok("[{\"phrase\": \"left pleural effusion\", \"code\": \"J90\"}]", 300, 20)
                    : Reply.ok("[]", 300, 2);
        }
        if (report.contains("garbled")) {
            return Reply.ok("I am not sure what to say about this report.", 250, 11);
        }
        if (report.contains("effusion")) {
            return Reply.ok("```\n[Pleural Effusion, cardiomegaly]\n```", 250, 9);
        }
        return Reply.ok("Normal", 250, 1);
    }

    private Path reports(int n) throws IOException {
        StringBuilder csv = new StringBuilder("id,text\n");
        csv.append("1,Clear lungs. Normal heart.\n");
        csv.append("2,Small left effusion. Enlarged heart.\n");
        csv.append("3,No acute findings.\n");
        csv.append("4,garbled dictation\n");
        for (int i = 5; i <= n; i++) {
            csv.append(i).append(",Report number ").append(i).append(i % 3 == 0 ? " with a small effusion.\n" : " clear.\n");
        }
        return Files.writeString(dir.resolve("reports.csv"), csv.toString());
    }

    private WorkspaceSession workspace(int n) throws IOException {
        WorkspaceSession s = WorkspaceSession.open(dir.resolve("w.radcurate"));
        s.imports().importReports(reports(n), null, ReportReadOptions.defaults(), ProgressListener.NONE, () -> false);
        return s;
    }

    private static LlmRun run(Endpoint endpoint, List<LlmTask> tasks, ApiKey key) {
        return new LlmRun(endpoint, FakeChatServer.MODEL, key,
                ClientSettings.defaults().withRetries(0, Duration.ofMillis(1), Duration.ofMillis(1)).withConcurrency(4),
                new Pricing(2.5, 10.0), BuiltInSchemas.CHEXPERT14, tasks, Map.of());
    }

    private static LlmLabelService.Result label(WorkspaceSession s, LlmRun run) throws Exception {
        return LlmLabelService.labelWorkspace(s, run, ProgressListener.NONE, () -> false);
    }

    @Test
    void labelsAWorkspaceAndKeepsEveryRawAnswer() throws Exception {
        try (FakeChatServer server = FakeChatServer.start((req, user, n) -> answer(user), 4);
                WorkspaceSession s = workspace(4)) {
            LlmLabelService.Result r = label(s, run(server.endpoint(), List.of(LlmTask.MULTIPLE_CHOICE), ApiKey.none()));

            assertEquals(new LlmLabelService.Result(List.of("llm:fake-model mc chexpert14"), 4, 4, 0, 1, 0, 1000, 22,
                    1000 / 1e6 * 2.5 + 22 / 1e6 * 10.0), r);
            Workspace ws = s.workspace();
            Source src = ws.sources().find("llm:fake-model mc chexpert14").orElseThrow();
            Map<String, Map<String, MentionState>> states = ws.labels().states(src.id());
            assertEquals(MentionState.POSITIVE, states.get("2").get("Pleural Effusion"));
            assertEquals(MentionState.POSITIVE, states.get("2").get("Cardiomegaly"));
            assertEquals(MentionState.NEGATIVE, states.get("2").get("No Finding"));
            assertEquals(MentionState.POSITIVE, states.get("1").get("No Finding"));
            assertEquals(MentionState.NEGATIVE, states.get("1").get("Edema"));
            assertEquals(14, states.get("1").size());
            assertFalse(states.containsKey("4"), "an unreadable answer gives no labels");
            assertEquals(new LlmAnswerRecord("4", "I am not sure what to say about this report.",
                    "no item names a finding of chexpert14: I am not sure what to say about this report", ""),
                    ws.llm().answer(src.id(), "4").orElseThrow());
            assertEquals(List.of("4"), List.copyOf(ws.llm().failures(src.id()).keySet()));
            assertEquals("```\n[Pleural Effusion, cardiomegaly]\n```", ws.llm().answer(src.id(), "2").orElseThrow().answer());
            LlmSourceInfo info = ws.llm().source(src.id()).orElseThrow();
            assertEquals("mc", info.task());
            assertEquals(server.endpoint().url(), info.endpoint());
            assertTrue(info.template().contains("\"name\" : \"radcurate-mc-chexpert14\""), info.template());
            assertEquals("{\"temperature\": 0.0, \"seed\": 7, \"max_tokens\": 512}", info.settings());
        }
    }

    @Test
    void compareScoresTheLlmTeacherLikeAnyOtherSource() throws Exception {
        try (FakeChatServer server = FakeChatServer.start((req, user, n) -> answer(user), 4);
                WorkspaceSession s = workspace(4)) {
            label(s, run(server.endpoint(), List.of(LlmTask.MULTIPLE_CHOICE), ApiKey.none()));
            // gold: report 2 has an effusion and a normal heart, reports 1 and 3 have neither
            AnnotationFixtures.source(s, "gold", org.radcurate.domain.SourceKind.GOLD, List.of(
                    AnnotationFixtures.label("1", "Pleural Effusion", MentionState.NEGATIVE, null),
                    AnnotationFixtures.label("2", "Pleural Effusion", MentionState.POSITIVE, null),
                    AnnotationFixtures.label("3", "Pleural Effusion", MentionState.NEGATIVE, null),
                    AnnotationFixtures.label("1", "Cardiomegaly", MentionState.NEGATIVE, null),
                    AnnotationFixtures.label("2", "Cardiomegaly", MentionState.NEGATIVE, null),
                    AnnotationFixtures.label("3", "Cardiomegaly", MentionState.NEGATIVE, null)));
            s.annotation().freeze("alice", "llm-check", "");

            org.radcurate.evaluation.Comparison c = EvaluationService.compareWorkspace(s, "llm-check",
                    List.of("llm:fake-model mc chexpert14"), null, org.radcurate.domain.UncertaintyPolicy.U_ZEROS,
                    new org.radcurate.evaluation.Resampling(0, 1), EvaluationService.Task.LABELS);

            org.radcurate.evaluation.EvaluationResult llm = c.sources().get(0);
            assertEquals(new org.radcurate.evaluation.Counts(1, 0, 0, 2),
                    llm.finding("Pleural Effusion").orElseThrow().counts());
            assertEquals(new org.radcurate.evaluation.Counts(0, 1, 0, 2),
                    llm.finding("Cardiomegaly").orElseThrow().counts());
            assertEquals(new org.radcurate.evaluation.Coverage("llm:fake-model mc chexpert14", 3, 3, 3, 3),
                    c.coverage().get(0));
        }
    }

    @Test
    void theOpenTaskStoresCheckedConcepts() throws Exception {
        try (FakeChatServer server = FakeChatServer.start((req, user, n) -> answer(user), 4);
                WorkspaceSession s = workspace(4)) {
            LlmLabelService.Result r = label(s, run(server.endpoint(), List.of(LlmTask.MULTIPLE_CHOICE, LlmTask.OPEN_ENDED),
                    ApiKey.none()));
            assertEquals(List.of("llm:fake-model mc chexpert14", "llm:fake-model open chexpert14"), r.sources());
            assertEquals(8, r.asked());
            Source open = s.workspace().sources().find("llm:fake-model open chexpert14").orElseThrow();
            assertEquals(List.of("J90"), List.copyOf(s.workspace().labels().concepts(open.id(), "2").codes()));
            assertEquals("left pleural effusion", s.workspace().labels().concepts(open.id(), "2").concepts().get(0).phrase());
            assertEquals(List.of(), List.copyOf(s.workspace().labels().concepts(open.id(), "1").codes()));
        }
    }

    @Test
    void aRerunAsksNothingAndCostsNothing() throws Exception {
        try (FakeChatServer server = FakeChatServer.start((req, user, n) -> answer(user), 4);
                WorkspaceSession s = workspace(4)) {
            LlmRun run = run(server.endpoint(), List.of(LlmTask.MULTIPLE_CHOICE), ApiKey.none());
            label(s, run);
            assertEquals(new LlmLabelService.Estimate(4, 4, 0, 0, 0, 0.0), LlmLabelService.estimate(s, run));
            LlmLabelService.Result again = label(s, run);
            assertEquals(4, server.requests());
            assertEquals(new LlmLabelService.Result(List.of("llm:fake-model mc chexpert14"), 4, 0, 4, 1, 0, 0, 0, 0.0), again);
        }
    }

    @Test
    void aResumedRunAsksOnlyForWhatACancelLeftOut() throws Exception {
        try (FakeChatServer server = FakeChatServer.start((req, user, n) -> answer(user), 8);
                WorkspaceSession s = workspace(300)) {
            LlmRun run = run(server.endpoint(), List.of(LlmTask.MULTIPLE_CHOICE), ApiKey.none());
            AtomicBoolean cancel = new AtomicBoolean();
            List<Long> steps = new ArrayList<>();
            CancellationException e = assertThrows(CancellationException.class, () -> LlmLabelService.labelWorkspace(s, run,
                    p -> {
                        steps.add(p.step());
                        cancel.set(true);
                    }, cancel::get));
            Workspace ws = s.workspace();
            long kept = ws.llm().cacheSize();
            assertTrue(kept >= 64 && kept < 300, "kept " + kept);
            Source src = ws.sources().find("llm:fake-model mc chexpert14").orElseThrow();
            assertEquals(kept, ws.llm().answerCount(src.id()));
            assertTrue(e.getMessage().startsWith("cancelled after " + kept + " of 300 reports; "), e.getMessage());

            assertEquals(new LlmLabelService.Estimate(300, kept, 300 - kept,
                    LlmLabelService.estimate(s, run).promptTokens(), (300 - kept) * 512, LlmLabelService.estimate(s, run).maxCost()),
                    LlmLabelService.estimate(s, run));
            LlmLabelService.Result rest = label(s, run);
            assertEquals(300 - kept, rest.asked());
            assertEquals(kept, rest.fromCache());
            assertEquals(300, ws.llm().answerCount(src.id()));
            assertEquals(300, ws.llm().cacheSize());
        }
    }

    @Test
    void aFailedRequestIsCountedAndAskedAgainNextTime() throws Exception {
        AtomicBoolean failThree = new AtomicBoolean(true);
        try (FakeChatServer server = FakeChatServer.start((req, user, n) -> failThree.get() && user.contains("No acute findings")
                ? Reply.status(500, "{}") : answer(user), 4); WorkspaceSession s = workspace(4)) {
            LlmRun run = run(server.endpoint(), List.of(LlmTask.MULTIPLE_CHOICE), ApiKey.none());
            LlmLabelService.Result r = label(s, run);
            assertEquals(1, r.requestFailures());
            assertEquals(3, r.asked());
            failThree.set(false);
            LlmLabelService.Result again = label(s, run);
            assertEquals(1, again.asked());
            assertEquals(3, again.fromCache());
            assertEquals(0, again.requestFailures());
        }
    }

    @Test
    void aRefusedConnectionStopsTheRunAndLeavesTheWorkspaceUnchanged() throws Exception {
        Endpoint gone;
        try (FakeChatServer server = FakeChatServer.start((req, user, n) -> answer(user), 1)) {
            gone = server.endpoint();
        }
        try (WorkspaceSession s = workspace(4)) {
            long sources = s.workspace().sources().list().size();
            LlmException e = assertThrows(LlmException.class, () -> label(s, run(gone, List.of(LlmTask.MULTIPLE_CHOICE), ApiKey.none())));
            assertEquals(LlmException.Kind.REFUSED, e.kind());
            assertEquals(sources, s.workspace().sources().list().size());
            assertEquals(0, s.workspace().llm().cacheSize());
        }
    }

    @Test
    void reportTextGoesToAnotherMachineOnlyWithConsent() throws Exception {
        Endpoint remote = Endpoint.parse("https://llm.example.org/v1");
        try (WorkspaceSession s = workspace(4)) {
            assertTrue(LlmConsentService.needed(s, remote));
            LlmConsentService.ConsentRequiredException e = assertThrows(LlmConsentService.ConsentRequiredException.class,
                    () -> label(s, run(remote, List.of(LlmTask.MULTIPLE_CHOICE), ApiKey.none())));
            assertEquals("report text would leave this machine for https://llm.example.org/v1, and this workspace's owner "
                    + "has not allowed that endpoint; allow it with 'llm consent -w WORKSPACE --grant "
                    + "https://llm.example.org/v1' or in Label > Run LLM Teacher", e.getMessage());
            assertFalse(LlmConsentService.needed(s, Endpoint.parse("http://localhost:8000/v1")));

            LlmConsentService.grant(s, remote, "dr.ada");
            assertFalse(LlmConsentService.needed(s, remote));
            assertEquals("dr.ada", LlmConsentService.consent(s, remote).orElseThrow().grantedBy());
            assertTrue(LlmConsentService.withdraw(s, remote, "dr.ada"));
            assertFalse(LlmConsentService.withdraw(s, remote, "dr.ada"));
            assertTrue(LlmConsentService.needed(s, remote));
            List<AuditEvent> events = new ArrayList<>();
            s.workspace().audit().forEach(events::add);
            assertEquals(List.of("dr.ada llm consent granted https://llm.example.org/v1",
                    "dr.ada llm consent withdrawn https://llm.example.org/v1"),
                    events.stream().map(a -> a.who() + " " + a.action() + " " + a.target()).toList());
        }
    }

    @Test
    void theKeyIsNeverWrittenToTheWorkspace() throws Exception {
        Path file = dir.resolve("w.radcurate");
        try (FakeChatServer server = FakeChatServer.start((req, user, n) -> answer(user), 4)) {
            try (WorkspaceSession s = workspace(4)) {
                label(s, run(server.endpoint(), List.of(LlmTask.MULTIPLE_CHOICE, LlmTask.OPEN_ENDED),
                        ApiKey.fromEnvironment("RADCURATE_LLM_KEY", Map.of("RADCURATE_LLM_KEY", SECRET))));
            }
            assertEquals(8, server.authorizations().size());
            assertTrue(server.authorizations().stream().allMatch(("Bearer " + SECRET)::equals));
        }
        byte[] secret = SECRET.getBytes(StandardCharsets.UTF_8);
        for (Path p : List.of(file, dir.resolve("w.radcurate-wal"))) {
            if (Files.exists(p)) {
                assertFalse(contains(Files.readAllBytes(p), secret), p + " holds the key");
            }
        }
        assertTrue(contains(Files.readAllBytes(file), "radcurate-mc-chexpert14".getBytes(StandardCharsets.UTF_8)),
                "the file read is the workspace that holds the run");
    }

    @Test
    void aDryRunShowsTheExactRequestWithTheKeyMasked() {
        LlmRun run = run(Endpoint.parse("http://localhost:8000"), List.of(LlmTask.MULTIPLE_CHOICE),
                ApiKey.fromEnvironment("K", Map.of("K", SECRET)));
        String dry = LlmLabelService.dryRun(run, LlmTask.MULTIPLE_CHOICE,
                new org.radcurate.domain.Report("r1", "Small effusion.", List.of(), null, null));
        assertTrue(dry.startsWith("POST http://localhost:8000/v1/chat/completions\nContent-Type: application/json\n"
                + "Authorization: Bearer *** (environment variable K)\n\n{\"model\":\"fake-model\",\"messages\":[{\"role\":\"system\","), dry);
        assertTrue(dry.contains("Report to analyze:\\nSmall effusion.\\n\\nExpected output:\"}],\"temperature\":0.0,\"seed\":7,\"max_tokens\":512}"), dry);
        assertFalse(dry.contains(SECRET));
    }

    @Test
    void annotateShowsTheLlmTeachersLabelsConceptsAndRawAnswers() throws Exception {
        try (FakeChatServer server = FakeChatServer.start((req, user, n) -> answer(user), 4);
                WorkspaceSession s = workspace(4)) {
            label(s, run(server.endpoint(), List.of(LlmTask.MULTIPLE_CHOICE, LlmTask.OPEN_ENDED), ApiKey.none()));
            AnnotationService annotation = new AnnotationService(s);
            ReportWork two = annotation.load("2", "dr.ada");
            ReportWork.Row effusion = two.rows().stream().filter(r -> r.finding().name().equals("Pleural Effusion"))
                    .findFirst().orElseThrow();
            assertEquals(MentionState.POSITIVE, effusion.teachers().get("llm:fake-model mc chexpert14").state());
            assertEquals(List.of("J90"), List.copyOf(two.sourceConcepts().get("llm:fake-model open chexpert14").codes()));
            assertEquals(List.of("llm:fake-model mc chexpert14", "llm:fake-model open chexpert14"),
                    List.copyOf(two.llmAnswers().keySet()));
            assertEquals("```\n[Pleural Effusion, cardiomegaly]\n```", two.llmAnswers().get("llm:fake-model mc chexpert14").answer());
            ReportWork four = annotation.load("4", "dr.ada");
            assertEquals("no item names a finding of chexpert14: I am not sure what to say about this report",
                    four.llmAnswers().get("llm:fake-model mc chexpert14").failure());
        }
    }

    @Test
    void adjudicationScoresEveryAnnotatorAgainstEveryTeacher() throws Exception {
        try (FakeChatServer server = FakeChatServer.start((req, user, n) -> answer(user), 4);
                WorkspaceSession s = workspace(4)) {
            label(s, run(server.endpoint(), List.of(LlmTask.MULTIPLE_CHOICE), ApiKey.none()));
            AnnotationService annotation = new AnnotationService(s);
            for (String id : List.of("1", "2", "3")) {
                annotation.acceptSource("dr.ada", id, "llm:fake-model mc chexpert14");
            }
            annotation.setState("dr.ada", "2", "Cardiomegaly", MentionState.NEGATIVE);
            Map<String, AnnotationAgreement.TeacherRow> byFinding = new java.util.HashMap<>();
            annotation.teacherAgreement(List.of("dr.ada")).forEach(r -> byFinding.put(r.finding(), r));
            AnnotationAgreement.TeacherRow effusion = byFinding.get("Pleural Effusion");
            assertEquals(new AnnotationAgreement.TeacherRow("dr.ada", "llm:fake-model mc chexpert14", "Pleural Effusion", 3, 1.0),
                    effusion);
            // dr.ada says no cardiomegaly anywhere, the teacher says it in report 2: po 2/3, pe 2/3, kappa 0
            assertEquals(0.0, byFinding.get("Cardiomegaly").kappa(), 1e-12);
            assertTrue(Double.isNaN(byFinding.get("Edema").kappa()), "all negative on both sides: undefined");
            assertEquals(14, byFinding.size());
        }
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
