package org.radcurate.service;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.radcurate.domain.GoldSet;
import org.radcurate.domain.Source;
import org.radcurate.persistence.Workspace;

/** Counts that describe a workspace: per dataset, split, source, and its gold sets. */
public record WorkspaceSummary(
        Path file, int schemaVersion, String schema, long reports, Map<String, Long> byDataset,
        Map<String, Long> bySplit, List<Source> sources, Map<String, Long> reportsBySource, List<GoldSet> goldSets) {

    public static WorkspaceSummary of(Workspace ws) {
        return new WorkspaceSummary(ws.file(), ws.schemaVersion(), Schemas.active(ws).name(), ws.reports().count(),
                ws.info().reportsByDataset(), ws.info().reportsBySplit(), ws.sources().list(),
                ws.info().reportsBySource(), ws.goldSets().list());
    }

    /** A plain-text rendering for the terminal. */
    public String render() {
        StringBuilder b = new StringBuilder();
        b.append("workspace  ").append(file).append('\n');
        b.append("version    ").append(schemaVersion).append('\n');
        b.append("schema     ").append(schema).append('\n');
        b.append("reports    ").append(reports).append('\n');
        b.append("\nby dataset\n");
        byDataset.forEach((k, v) -> b.append(String.format("  %-28s %8d%n", k, v)));
        b.append("\nby split\n");
        bySplit.forEach((k, v) -> b.append(String.format("  %-28s %8d%n", k, v)));
        b.append("\nsources (reports labelled)\n");
        if (sources.isEmpty()) {
            b.append("  none\n");
        }
        for (Source s : sources) {
            b.append(String.format("  %-28s %-9s %-10s %8d%n", s.name(), s.kind(), s.schema(),
                    reportsBySource.getOrDefault(s.name(), 0L)));
        }
        b.append("\ngold sets\n");
        if (goldSets.isEmpty()) {
            b.append("  none\n");
        }
        for (GoldSet g : goldSets) {
            b.append(String.format("  %-28s %-10s %8d reports  %s%n", g.reference(), g.schema(), g.reportCount(),
                    g.createdAt()));
        }
        return b.toString();
    }
}
