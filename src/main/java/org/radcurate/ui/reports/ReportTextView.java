package org.radcurate.ui.reports;

import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.radcurate.domain.Report;
import org.radcurate.domain.Section;
import org.radcurate.ui.common.Css;

/** One report's text, section by section under its titles. */
public final class ReportTextView extends ScrollPane {
    private final VBox content = new VBox(10);

    public ReportTextView() {
        setId("reportText");
        setFitToWidth(true);
        content.setId("reportTextContent");
        content.setFillWidth(true);
        content.getStyleClass().add("report-text");
        setContent(content);
        show(null);
    }

    public void show(Report report) {
        content.getChildren().clear();
        if (report == null) {
            Label hint = new Label("Select a report in the list.");
            hint.getStyleClass().add(Css.EMPTY_HINT);
            content.getChildren().add(hint);
            return;
        }
        Label header = new Label("Report " + report.id());
        header.setId("reportHeader");
        header.getStyleClass().add(Css.REPORT_HEADER);
        Label meta = new Label(report.split().key() + "  ·  " + report.dataset() + "  ·  " + report.text().length()
                + " characters");
        meta.getStyleClass().add(Css.REPORT_META);
        content.getChildren().addAll(header, meta);
        if (report.sections().isEmpty()) {
            content.getChildren().add(body(report.text().isBlank() ? "(this report has no text)" : report.text()));
            return;
        }
        for (Section s : report.sections()) {
            Label title = new Label(titleCase(s.name()));
            title.getStyleClass().add(Css.SECTION_TITLE);
            content.getChildren().addAll(title, body(s.body(report.text())));
        }
    }

    private static TextFlow body(String text) {
        Text t = new Text(text);
        t.getStyleClass().add(Css.SECTION_BODY);
        TextFlow flow = new TextFlow(t);
        flow.getStyleClass().add(Css.SECTION_BODY);
        return flow;
    }

    private static String titleCase(String name) {
        return name.charAt(0) + name.substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
