package org.radcurate.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.radcurate.domain.MentionState;
import org.radcurate.domain.Report;
import org.radcurate.domain.Schema;
import org.radcurate.domain.Source;
import org.radcurate.domain.SourceKind;
import org.radcurate.domain.Split;
import org.radcurate.persistence.Workspace;
import org.radcurate.training.TrainingExample;
import org.radcurate.training.TrainingLabels;

/**
 * The labels a workspace run learns from: the teacher's on every report it labelled, and the working gold
 * or a frozen gold set where it exists, on the reports of the requested split. Reports of the split the
 * student is scored on are never among them, whichever source labels them: a student that saw its test
 * reports would be scored on what it memorised.
 */
final class WorkspaceLabels {
    private WorkspaceLabels() {}

    static TrainingLabels of(Workspace ws, Schema schema, Source teacher, TrainingService.Request request) {
        Split scored = request.scoredSplit();
        if (scored != null && scored == request.split()) {
            throw new IllegalArgumentException("the run would train on split " + scored.key()
                    + ", the split it is scored on; train on another split or hold out another one");
        }
        List<Report> reports = new ArrayList<>();
        for (Report r : request.split() == null ? ws.reports().list(null) : ws.reports().list(request.split())) {
            if (scored == null || r.split() != scored) {
                reports.add(r);
            }
        }
        List<TrainingExample> fromTeacher = examples(reports, ws.labels().states(teacher.id()), schema);
        List<TrainingExample> fromGold = request.gold() == null ? List.of()
                : examples(reports, goldStates(ws, schema, request.gold()), schema);
        if (fromTeacher.isEmpty()) {
            throw new IllegalArgumentException("source '" + teacher.name() + "' labels no report"
                    + (request.split() == null ? "" : " of split " + request.split().key())
                    + (scored == null ? "" : " outside the scored split " + scored.key()));
        }
        if (request.gold() != null && fromGold.isEmpty()) {
            throw new IllegalArgumentException("the gold '" + request.gold() + "' labels no report the run may train on"
                    + (scored == null ? "" : " (split " + scored.key() + " is held out for scoring)"));
        }
        return new TrainingLabels(fromTeacher, fromGold);
    }

    private static Map<String, Map<String, MentionState>> goldStates(Workspace ws, Schema schema, String gold) {
        if (TrainingService.WORKING_GOLD.equals(gold)) {
            Source working = ws.sources().list(SourceKind.GOLD, schema.name()).stream().findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("the workspace has no working gold for schema "
                            + schema.name() + " yet"));
            return ws.labels().states(working.id());
        }
        return ws.goldSets().labels(EvaluationService.findGoldSet(ws, gold).id());
    }

    private static List<TrainingExample> examples(List<Report> reports, Map<String, Map<String, MentionState>> states,
            Schema schema) {
        List<TrainingExample> out = new ArrayList<>();
        for (Report r : reports) {
            Map<String, MentionState> s = states.get(r.id());
            if (s != null) {
                out.add(TrainingService.example(r, s, schema));
            }
        }
        return out;
    }
}
