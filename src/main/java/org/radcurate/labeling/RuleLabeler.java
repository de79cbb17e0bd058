package org.radcurate.labeling;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.radcurate.domain.Concept;
import org.radcurate.domain.ConceptSet;
import org.radcurate.domain.MentionState;
import org.radcurate.domain.Report;
import org.radcurate.domain.Schema;

/**
 * The rule teacher: a NegBio-class labeler that reads findings and impression, finds mentions of
 * each schema finding through its lexicon, decides negation and uncertainty by trigger scope and
 * keeps the evidence of every decision as offsets into the report text. Immutable once created, so
 * one instance serves many threads.
 */
public final class RuleLabeler {
    public static final String NAME = "radcurate-rules";
    private static final int BATCH = 256;

    private final Schema schema;
    private final LabelerOptions options;
    private final String version;
    private final Lexicon lexicon;
    private final SentenceReader reader;
    /** Reads sentences for concepts when the schema's conventions are looser than assertion (nih14), else null. */
    private final SentenceReader conceptReader;
    private final ConceptExtractor concepts;
    private final ReportVerdict verdict;

    private RuleLabeler(Schema schema, LabelerOptions options, String version, RuleBook book, List<RuleBook.Entry> entries,
            PhraseTrie<CueType> assertionTrie) {
        this.schema = schema;
        this.options = options;
        this.version = version;
        this.lexicon = new Lexicon(entries);
        this.reader = new SentenceReader(cueTrie(book), options.impressionOnly());
        this.conceptReader = assertionTrie == null ? null : new SentenceReader(assertionTrie, options.impressionOnly());
        this.concepts = new ConceptExtractor(book.concepts, conceptReader == null ? reader : conceptReader, lexicon);
        this.verdict = new ReportVerdict(schema, entries, options.chexpertHierarchy());
    }

    /**
     * Loads the bundled lexicon and rules for the schema, then each user rule file on top (same
     * format, see docs/labeler.md). A finding no lexicon entry answers to is found by its display name.
     *
     * @throws IllegalArgumentException for a bad user file, naming file, line and field
     */
    public static RuleLabeler create(Schema schema, LabelerOptions options, List<Path> userRuleFiles) throws IOException {
        RuleBook book = RuleSources.bundled(schema);
        RuleSources.fit(book, schema);
        List<Path> files = userRuleFiles == null ? List.of() : List.copyOf(userRuleFiles);
        for (Path file : files) {
            RuleSources.addUserFile(book, file);
        }
        List<RuleBook.Entry> entries = RuleSources.fit(book, schema);
        String version = NAME + " " + book.version + (files.isEmpty() ? "" : "+user." + RuleSources.fingerprint(files));
        LabelerOptions o = options == null ? LabelerOptions.defaults() : options;
        return new RuleLabeler(schema, o, version, book, entries, assertionTrie(book, schema));
    }

    /**
     * The triggers concepts are read with when the schema's conventions code likely findings and
     * alternatives as present (nih14): the CheXpert conventions plus whatever the user files added,
     * since a concept is emitted only for a finding the report asserts. Null when the schema's own
     * triggers are already those.
     */
    private static PhraseTrie<CueType> assertionTrie(RuleBook book, Schema schema) throws IOException {
        if (RuleSources.conventionFile(schema).equals(RuleSources.conventionFile(null))) {
            return null;
        }
        RuleBook strict = RuleSources.bundled(null);
        RuleBook bundled = RuleSources.bundled(schema);
        book.triggers.forEach((type, phrases) -> phrases.stream()
                .filter(p -> !bundled.triggers.get(type).contains(p))
                .forEach(p -> strict.triggers.get(type).add(p)));
        return cueTrie(strict);
    }

    static PhraseTrie<CueType> cueTrie(RuleBook book) {
        PhraseTrie<CueType> trie = new PhraseTrie<>();
        book.triggers.forEach((type, phrases) -> phrases.forEach(p -> trie.add(p, type)));
        return trie;
    }

    /** "radcurate-rules 1.0", with a fingerprint of the user rule files when there are any. */
    public String version() {
        return version;
    }

    public Schema schema() {
        return schema;
    }

    public LabelerOptions options() {
        return options;
    }

    public ConceptExtractor conceptExtractor() {
        return concepts;
    }

    /** One label per schema finding, in schema order (ABSENT with no evidence when not mentioned). */
    public LabeledReport label(Report report) {
        ReportVerdict.Votes votes = verdict.newVotes();
        Map<String, Concept> byCode = new LinkedHashMap<>();
        reader.read(report, s -> {
            List<Lexicon.Mention> mentions = lexicon.find(s.tokens(), s.cues());
            int[][] spans = spans(mentions);
            for (Lexicon.Mention m : mentions) {
                vote(s, m, spans, votes);
            }
            concepts.extract(conceptReader == null ? s : conceptReader.rescan(s), byCode, spans);
        });
        return new LabeledReport(report.id(), verdict.labels(report.id(), votes),
                new ConceptSet(report.id(), ConceptExtractor.mostSpecific(byCode)));
    }

    /** Where the sentence's mentions are (whole mentions, or the descriptor of a compound), in text order. */
    static int[][] spans(List<Lexicon.Mention> mentions) {
        int[][] spans = new int[mentions.size()][];
        for (int i = 0; i < spans.length; i++) {
            Lexicon.Mention m = mentions.get(i);
            spans[i] = new int[] {m.scopeStart(), m.scopeEnd()};
        }
        java.util.Arrays.sort(spans, (a, b) -> a[0] != b[0] ? a[0] - b[0] : a[1] - b[1]);
        return spans;
    }

    private static void vote(SentenceReader.Sentence s, Lexicon.Mention m, int[][] spans, ReportVerdict.Votes votes) {
        if (m.kind() == Lexicon.Kind.NORMAL) {
            votes.add(m.finding(), MentionState.NEGATIVE, s.evidence(m.start(), m.end(), m.cueStart(), m.cueEnd(),
                    "normal-anatomy:" + s.words(m.cueStart(), m.cueEnd())));
            return;
        }
        Scope.Result r = Scope.resolve(s.tokens(), s.cues(), m.scopeStart(), m.scopeEnd(), spans);
        if (m.kind() == Lexicon.Kind.HEDGED && r.state() == MentionState.POSITIVE) {
            votes.add(m.finding(), MentionState.UNCERTAIN, s.evidence(m.start(), m.end(), -1, "hedged-mention"));
            return;
        }
        String plain = m.kind() == Lexicon.Kind.COMPOUND ? "compound:" + s.words(m.cueStart(), m.cueEnd()) : "mention";
        votes.add(m.finding(), r.state(), s.evidence(m.start(), m.end(), r.cue(), s.rule(r, plain)));
    }

    /** Labels the reports on {@code threads} threads (0 or less: every core), keeping their order. */
    public List<LabeledReport> labelAll(List<Report> reports, int threads) {
        int n = threads <= 0 ? Runtime.getRuntime().availableProcessors() : threads;
        if (n == 1 || reports.size() <= BATCH) {
            return reports.stream().map(this::label).toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "rule-labeler");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<List<LabeledReport>>> parts = new ArrayList<>();
            for (int from = 0; from < reports.size(); from += BATCH) {
                List<Report> batch = reports.subList(from, Math.min(reports.size(), from + BATCH));
                parts.add(pool.submit(() -> batch.stream().map(this::label).toList()));
            }
            List<LabeledReport> out = new ArrayList<>(reports.size());
            for (Future<List<LabeledReport>> part : parts) {
                out.addAll(part.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("labeling interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
