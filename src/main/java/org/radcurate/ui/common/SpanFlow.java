package org.radcurate.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import javafx.geometry.Pos;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * A piece of report text with evidence drawn on it: mentions and cues coloured in the text, soft
 * backgrounds behind every span, and a strong one behind the selected finding's. Backgrounds come from
 * {@link TextFlow#rangeShape} after each layout, so they follow line wrapping when the window resizes.
 */
final class SpanFlow extends StackPane {
    private final TextFlow flow = new TextFlow();
    private final Pane backgrounds = new Pane();
    private final int offset;
    private final int length;
    private List<EvidenceSpans.Span> spans = List.of();
    private List<EvidenceSpans.Span> selected = List.of();

    /** Shows text[start, end) of the report; spans are in report offsets. */
    SpanFlow(String text, int start, int end, List<EvidenceSpans.Span> spans) {
        this.offset = start;
        this.length = end - start;
        this.spans = clip(spans);
        setAlignment(Pos.TOP_LEFT);
        backgrounds.setManaged(false);
        backgrounds.setMouseTransparent(true);
        flow.getStyleClass().add(AnnotateCss.REPORT_TEXT);
        getChildren().addAll(backgrounds, flow);
        buildText(text.substring(start, end));
    }

    private List<EvidenceSpans.Span> clip(List<EvidenceSpans.Span> in) {
        List<EvidenceSpans.Span> out = new ArrayList<>();
        for (EvidenceSpans.Span s : in) {
            int a = Math.max(0, s.start() - offset);
            int b = Math.min(length, s.end() - offset);
            if (a < b) {
                out.add(new EvidenceSpans.Span(a, b, s.kind(), s.finding()));
            }
        }
        return out;
    }

    private void buildText(String text) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        for (EvidenceSpans.Span s : spans) {
            cuts.add(s.start());
            cuts.add(s.end());
        }
        Integer from = cuts.first();
        for (Integer to : cuts.tailSet(from, false)) {
            Text t = new Text(text.substring(from, to));
            t.getStyleClass().add(AnnotateCss.REPORT_TEXT);
            String kind = kindAt(from);
            if (kind != null) {
                t.getStyleClass().add(kind);
            }
            flow.getChildren().add(t);
            from = to;
        }
    }

    /** Cues win over mentions where they overlap: the cue is what explains the state. */
    private String kindAt(int pos) {
        String found = null;
        for (EvidenceSpans.Span s : spans) {
            if (s.start() <= pos && pos < s.end()) {
                if (s.kind() == EvidenceSpans.Kind.CUE) {
                    return AnnotateCss.evidence(s.kind());
                }
                found = AnnotateCss.evidence(s.kind());
            }
        }
        return found;
    }

    void select(List<EvidenceSpans.Span> spansOfFinding) {
        selected = clip(spansOfFinding);
        requestLayout();
    }

    boolean hasSelection() {
        return !selected.isEmpty();
    }

    /** The y of the first selected span, for scrolling to it. */
    double selectionY() {
        if (selected.isEmpty()) {
            return 0;
        }
        PathElement[] shape = flow.rangeShape(selected.get(0).start(), selected.get(0).end());
        return shape.length == 0 ? 0 : new Path(shape).getBoundsInLocal().getMinY();
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        List<Path> paths = new ArrayList<>();
        for (EvidenceSpans.Span s : selected) {
            paths.add(path(s, s.kind() == EvidenceSpans.Kind.SENTENCE ? "ev-bg-sentence" : "ev-bg-selected"));
        }
        for (EvidenceSpans.Span s : spans) {
            paths.add(path(s, "ev-bg-" + s.kind().name().toLowerCase()));
        }
        backgrounds.getChildren().setAll(paths);
    }

    private Path path(EvidenceSpans.Span s, String styleClass) {
        Path p = new Path(flow.rangeShape(s.start(), s.end()));
        p.getStyleClass().addAll("ev-bg", styleClass);
        p.setManaged(false);
        return p;
    }
}
