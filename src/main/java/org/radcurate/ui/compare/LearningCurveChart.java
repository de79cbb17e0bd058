package org.radcurate.ui.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javafx.geometry.Side;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import org.radcurate.service.LlmSweep;
import org.radcurate.service.SweepPoint;
import org.radcurate.service.SweepService;

/**
 * The study's learning curve: micro-F1 against the number of teacher samples, one line per learning rate
 * (highest rate first); each point's tooltip gives its 95% interval, run and evaluation.
 */
final class LearningCurveChart extends LineChart<Number, Number> {

    LearningCurveChart() {
        super(new NumberAxis(), new NumberAxis(0, 1, 0.1));
        NumberAxis samples = (NumberAxis) getXAxis();
        samples.setLabel("teacher samples");
        samples.setForceZeroInRange(false);
        getYAxis().setLabel("micro-F1");
        setId("learningCurveChart");
        getStyleClass().add("learning-curve-chart");
        setAnimated(false);
        setLegendSide(Side.TOP);
        setMinHeight(200);
    }

    /** Points grouped into lines: learning rate (descending) to its points by sample count. */
    static Map<Double, List<SweepPoint>> byRate(List<SweepPoint> points) {
        Map<Double, List<SweepPoint>> lines = new TreeMap<>(Comparator.reverseOrder());
        for (SweepPoint p : points) {
            lines.computeIfAbsent(p.learningRate(), k -> new ArrayList<>()).add(p);
        }
        lines.values().forEach(l -> l.sort(Comparator.comparingInt(SweepPoint::samples)));
        return lines;
    }

    static String seriesName(double learningRate) {
        return "learning rate " + SweepService.rate(learningRate);
    }

    void show(List<SweepPoint> points) {
        getData().clear();
        // built-in and LLM students at the same rate are different curves
        lines(points.stream().filter(p -> !p.runName().startsWith(LlmSweep.PREFIX)).toList(), "");
        lines(points.stream().filter(p -> p.runName().startsWith(LlmSweep.PREFIX)).toList(), "LLM, ");
    }

    private void lines(List<SweepPoint> points, String prefix) {
        byRate(points).forEach((rate, line) -> {
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            series.setName(prefix + seriesName(rate));
            for (SweepPoint p : line) {
                series.getData().add(new XYChart.Data<>(p.samples(), p.microF1()));
            }
            getData().add(series);
            for (int i = 0; i < line.size(); i++) {
                if (series.getData().get(i).getNode() != null) {
                    Tooltip.install(series.getData().get(i).getNode(), new Tooltip(describe(line.get(i))));
                }
            }
        });
    }

    static String describe(SweepPoint p) {
        String ci = Double.isNaN(p.lo()) ? "" : String.format(Locale.ROOT, " [%.3f, %.3f]", p.lo(), p.hi());
        return String.format(Locale.ROOT, "%,d samples, learning rate %s: micro-F1 %.3f%s%n%s, evaluation #%d",
                p.samples(), SweepService.rate(p.learningRate()), p.microF1(), ci, p.runName(), p.evaluationId());
    }
}
