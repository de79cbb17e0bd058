package org.radcurate.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.radcurate.domain.Report;
import org.radcurate.domain.Section;
import org.radcurate.service.ReportWork;

/**
 * The report on the left of the workbench: title and metadata, the sections under their titles with
 * evidence coloured in, a legend, and a line naming the selected finding's cue and rule.
 */
public final class ReportPane extends BorderPane {
    private final Label title = new Label();
    private final Label meta = new Label();
    private final Label comment = new Label();
    private final VBox sections = new VBox(4);
    private final ScrollPane scroll = new ScrollPane(sections);
    private final Label evidence = new Label();
    private final List<SpanFlow> flows = new ArrayList<>();

    public ReportPane() {
        setId("reportPane");
        getStyleClass().add(AnnotateCss.PANEL);
        title.setId("reportTitle");
        title.getStyleClass().add(AnnotateCss.REPORT_TITLE);
        meta.getStyleClass().add(AnnotateCss.MUTED);
        comment.setId("reportComment");
        comment.getStyleClass().add(AnnotateCss.COMMENT);
        comment.setWrapText(true);
        comment.managedProperty().bind(comment.visibleProperty());
        VBox header = new VBox(2, title, meta, comment, legend());
        header.setPadding(new Insets(10, 14, 6, 14));
        sections.setPadding(new Insets(4, 14, 14, 14));
        sections.setFillWidth(true);
        scroll.setId("reportScroll");
        scroll.setFitToWidth(true);
        evidence.setId("evidenceInfo");
        evidence.getStyleClass().add(AnnotateCss.EVIDENCE_INFO);
        evidence.setWrapText(true);
        evidence.setMaxWidth(Double.MAX_VALUE);
        setTop(header);
        setCenter(scroll);
        setBottom(evidence);
        setMinWidth(320);
        show(null, List.of());
    }

    private static HBox legend() {
        HBox box = new HBox(12);
        box.getStyleClass().add(AnnotateCss.LEGEND);
        box.setId("evidenceLegend");
        box.getChildren().addAll(swatch("Positive", EvidenceSpans.Kind.POSITIVE),
                swatch("Negated", EvidenceSpans.Kind.NEGATED), swatch("Uncertain", EvidenceSpans.Kind.UNCERTAIN),
                swatch("Cue", EvidenceSpans.Kind.CUE));
        return box;
    }

    private static HBox swatch(String text, EvidenceSpans.Kind kind) {
        Region r = new Region();
        r.getStyleClass().addAll(AnnotateCss.SWATCH, "ev-bg-" + kind.name().toLowerCase(Locale.ROOT));
        Label l = new Label(text);
        l.getStyleClass().addAll(AnnotateCss.evidence(kind), AnnotateCss.MUTED);
        HBox box = new HBox(4, r, l);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }

    public void show(ReportWork work, List<EvidenceSpans.Span> spans) {
        sections.getChildren().clear();
        flows.clear();
        if (work == null) {
            title.setText("No report");
            meta.setText("Open a workspace, or widen the queue filter.");
            comment.setVisible(false);
            return;
        }
        Report r = work.report();
        title.setText("Report " + r.id());
        meta.setText(r.split().key() + "  ·  " + (r.dataset().isEmpty() ? "no dataset" : r.dataset()) + "  ·  "
                + work.status().name().toLowerCase(Locale.ROOT));
        if (r.sections().isEmpty()) {
            add(null, new SpanFlow(r.text(), 0, r.text().length(), spans));
        }
        for (Section s : r.sections()) {
            add(s.name(), new SpanFlow(r.text(), s.start(), s.end(), spans));
        }
        scroll.setVvalue(0);
    }

    private void add(String sectionName, SpanFlow flow) {
        if (sectionName != null) {
            Label t = new Label(sectionName.toUpperCase(Locale.ROOT));
            t.getStyleClass().add(AnnotateCss.SECTION_TITLE);
            sections.getChildren().add(t);
        }
        flows.add(flow);
        sections.getChildren().add(flow);
    }

    public void showComment(String text) {
        comment.setText(text == null || text.isBlank() ? "" : "Comment: " + text);
        comment.setVisible(text != null && !text.isBlank());
    }

    public void showStatus(ReportWork work, String status) {
        if (work != null) {
            Report r = work.report();
            meta.setText(r.split().key() + "  ·  " + (r.dataset().isEmpty() ? "no dataset" : r.dataset()) + "  ·  "
                    + status);
        }
    }

    /** Highlights one finding's spans strongly and scrolls the first into view. */
    public void select(List<EvidenceSpans.Span> selected, String description) {
        evidence.setText(description);
        SpanFlow first = null;
        for (SpanFlow f : flows) {
            f.select(selected);
            if (first == null && f.hasSelection()) {
                first = f;
            }
        }
        if (first != null) {
            SpanFlow target = first;
            sections.applyCss();
            sections.layout();
            double y = target.getBoundsInParent().getMinY() + target.selectionY();
            double room = sections.getHeight() - scroll.getViewportBounds().getHeight();
            if (room > 0) {
                double v = Math.max(0, Math.min(1, (y - 40) / room));
                double top = scroll.getVvalue() * room;
                if (y < top || y > top + scroll.getViewportBounds().getHeight() - 20) {
                    scroll.setVvalue(v);
                }
            }
        }
    }
}
