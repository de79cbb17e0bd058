package org.radcurate.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.radcurate.domain.MentionState.ABSENT;
import static org.radcurate.domain.MentionState.NEGATIVE;
import static org.radcurate.domain.MentionState.POSITIVE;
import static org.radcurate.domain.MentionState.UNCERTAIN;
import static org.radcurate.service.AnnotationFixtures.label;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radcurate.domain.AnnotationStatus;
import org.radcurate.domain.Concept;
import org.radcurate.domain.MentionState;
import org.radcurate.domain.SourceKind;
import org.radcurate.domain.Split;

class AnnotationServiceTest {
    @TempDir
    Path dir;
    private WorkspaceSession session;
    private AnnotationService service;

    @BeforeEach
    void open() throws Exception {
        session = WorkspaceSession.open(AnnotationFixtures.sampleCopy(dir, "w.radcurate"));
        service = new AnnotationService(session);
    }

    @AfterEach
    void close() {
        session.close();
    }

    private List<String> ids(QueueFilter f) {
        return service.queue(f, "alice").items().stream().map(QueueItem::reportId).toList();
    }

    @Test
    void statusAndSplitFilterTheQueueAndProgressCountsDone() {
        service.setStatus("alice", "S0002", AnnotationStatus.DONE);
        service.setStatus("alice", "S0003", AnnotationStatus.SKIPPED);
        service.setStatus("bob", "S0004", AnnotationStatus.SKIPPED);

        assertEquals(List.of("S0003"), ids(QueueFilter.all().withStatuses(Set.of(AnnotationStatus.SKIPPED))));
        AnnotationQueue q = service.queue(QueueFilter.all(), "alice");
        assertEquals(300, q.items().size());
        assertEquals(1, q.done());
        assertEquals(300, q.total());
        List<String> dev = ids(QueueFilter.all().withSplit(Split.DEV));
        long expected = session.reportSummaries("").stream().filter(r -> r.split() == Split.DEV).count();
        assertEquals(expected, dev.size());
        assertTrue(dev.contains("S0003"));
        List<String> byStatus = ids(QueueFilter.all().withOrder(QueueFilter.Order.STATUS));
        assertEquals(List.of("S0003", "S0002"), byStatus.subList(298, 300));
        assertEquals("S0001", byStatus.get(0));
    }

    @Test
    void randomOrderIsASeededShuffle() {
        List<String> a = ids(QueueFilter.all().withOrder(QueueFilter.Order.RANDOM).withSeed(7));
        List<String> b = ids(QueueFilter.all().withOrder(QueueFilter.Order.RANDOM).withSeed(7));
        List<String> c = ids(QueueFilter.all().withOrder(QueueFilter.Order.RANDOM).withSeed(8));
        assertEquals(a, b);
        assertNotEquals(a, c);
        assertEquals(new HashSet<>(a), new HashSet<>(c));
        assertNotEquals(ids(QueueFilter.all()), a);
    }

    @Test
    void findingDisagreementAndStudentUncertaintyUseTheTeacherAndStudent() {
        AnnotationFixtures.source(session, "teacher", SourceKind.TEACHER, List.of(
                label("S0001", "Edema", NEGATIVE, null), label("S0002", "Edema", POSITIVE, null)));
        AnnotationFixtures.source(session, "student", SourceKind.STUDENT, List.of(
                label("S0001", "Edema", POSITIVE, 0.9), label("S0002", "Edema", POSITIVE, 0.55),
                label("S0003", "Edema", NEGATIVE, 0.3)));

        // the sample workspace also holds the rule teacher: name the pair being compared
        QueueFilter pair = QueueFilter.all().withSources("teacher", "student");
        assertEquals(List.of("S0001", "S0002"), ids(pair.withFinding("Edema")));
        assertEquals(List.of("S0001"), ids(pair.withDisagreementOnly(true)));
        List<String> uncertain = ids(pair.withOrder(QueueFilter.Order.STUDENT_UNCERTAINTY));
        assertEquals(List.of("S0002", "S0003", "S0001", "S0004"), uncertain.subList(0, 4));
        QueueItem first = service.queue(pair.withOrder(QueueFilter.Order.STUDENT_UNCERTAINTY), "alice")
                .items().get(0);
        assertEquals(0.05, first.uncertainty(), 1e-9);
    }

    @Test
    void withoutAStudentDisagreementComparesTheTeacherWithGold() {
        // S0003's gold has Edema positive; a teacher saying negative disagrees, one saying positive does not
        AnnotationFixtures.source(session, "teacher", SourceKind.TEACHER, List.of(
                label("S0003", "Edema", NEGATIVE, null), label("S0001", "No Finding", POSITIVE, null)));
        AnnotationQueue q = service.queue(QueueFilter.all().withSources("teacher", null).withDisagreementOnly(true)
                .withFinding("Edema"), "a");
        assertEquals(List.of("S0003"), q.items().stream().map(QueueItem::reportId).toList());
        assertEquals("teacher vs gold", q.comparedWith());
    }

    @Test
    void loadShowsTheRuleTeacherWithEvidenceAndItsCodes() throws Exception {
        String teacher = AnnotationFixtures.labelWithRules(session);
        ReportWork w = service.load("S0003", "alice");
        assertEquals(List.of(teacher), w.teachers().stream().map(s -> s.name()).toList());
        ReportWork.Row edema = w.row("Edema");
        assertEquals(POSITIVE, edema.teacherState());
        var evidence = edema.teachers().get(teacher).evidence().get(0);
        assertTrue(w.report().text().substring(evidence.mentionStart(), evidence.mentionEnd()).toLowerCase()
                .contains("edema"), evidence.toString());
        assertFalse(w.sourceConcepts().get(teacher).concepts().isEmpty());
        assertEquals(POSITIVE, edema.gold());
    }

    @Test
    void doneRecordsTheUntouchedGoldStatesAsTheAnnotatorsOwn() {
        service.setState("alice", "S0003", "Edema", UNCERTAIN);
        service.setStatus("alice", "S0003", AnnotationStatus.DONE);
        Map<String, MentionState> mine = service.annotatorStates("S0003").get("alice");
        assertEquals(14, mine.size());
        assertEquals(UNCERTAIN, mine.get("Edema"));
        assertEquals(POSITIVE, mine.get("Cardiomegaly"));
        assertEquals(AnnotationStatus.DONE, service.load("S0003", "alice").status());
        assertEquals(List.of("alice"), service.sourceNames(SourceKind.ANNOTATOR));
    }

    @Test
    void cohensKappaForTwoAnnotatorsPerFindingAndPooled() {
        String[] reports = {"S0001", "S0002", "S0003", "S0004"};
        MentionState[] alice = {POSITIVE, POSITIVE, NEGATIVE, NEGATIVE};
        MentionState[] bob = {POSITIVE, NEGATIVE, NEGATIVE, NEGATIVE};
        for (int i = 0; i < 4; i++) {
            service.setState("alice", reports[i], "Edema", alice[i]);
            service.setState("bob", reports[i], "Edema", bob[i]);
        }
        AnnotationAgreement a = service.agreement(List.of("alice", "bob"));
        AnnotationAgreement.Row edema = a.findings().stream().filter(r -> r.finding().equals("Edema")).findFirst()
                .orElseThrow();
        // po = 3/4, pe = 1/2 * 1/4 + 1/2 * 3/4 = 1/2
        assertEquals(0.5, edema.kappa(), 1e-12);
        assertEquals(4, edema.items());
        assertEquals("Cohen's kappa", edema.measure());
        // pooled over 56 report x finding items: 52 agree on ABSENT; po = 55/56, pe = 2712/3136
        assertEquals(368.0 / 424.0, a.overall().kappa(), 1e-12);
        assertTrue(Double.isNaN(a.findings().get(0).kappa()), "all ABSENT: undefined, not 1");
        assertEquals(4, a.reports().size());
        assertEquals(1, a.reports().stream().mapToInt(AnnotationAgreement.Item::disagreements).sum());
    }

    @Test
    void fleissKappaForThreeAnnotators() {
        String[] reports = {"S0001", "S0002", "S0003", "S0004"};
        MentionState[][] states = {
                {POSITIVE, POSITIVE, NEGATIVE, NEGATIVE},
                {POSITIVE, NEGATIVE, NEGATIVE, NEGATIVE},
                {POSITIVE, POSITIVE, NEGATIVE, POSITIVE}};
        String[] who = {"alice", "bob", "carol"};
        for (int a = 0; a < 3; a++) {
            for (int i = 0; i < 4; i++) {
                service.setState(who[a], reports[i], "Edema", states[a][i]);
            }
        }
        AnnotationAgreement a = service.agreement(List.of("alice", "bob", "carol"));
        AnnotationAgreement.Row edema = a.findings().stream().filter(r -> r.finding().equals("Edema")).findFirst()
                .orElseThrow();
        // P-bar = (1 + 1/3 + 1 + 1/3) / 4 = 2/3, pe = 0.5
        assertEquals(1.0 / 3.0, edema.kappa(), 1e-12);
        assertEquals("Fleiss' kappa", edema.measure());
    }

    @Test
    void conceptsAndGoldSetsRoundTrip() {
        service.addConcept("alice", "S0001", new Concept("J90", "pleural effusion", null));
        assertTrue(service.load("S0001", "alice").goldConcepts().codes().contains("J90"));
        service.removeConcept("alice", "S0001", "J90");
        assertFalse(service.load("S0001", "alice").goldConcepts().codes().contains("J90"));
        var g = service.freeze("alice", "round one", "first pass");
        assertEquals(1, g.version());
        assertTrue(service.goldSets().stream().anyMatch(s -> s.reference().equals("round one@1")));
        assertEquals(ABSENT, service.load("S0001", "alice").row("Edema").gold());
    }
}
