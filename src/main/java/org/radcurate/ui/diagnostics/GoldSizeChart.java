package org.radcurate.ui.diagnostics;

import javafx.geometry.Side;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import org.radcurate.service.DiagnosticsRows;
import org.radcurate.service.DiagnosticsRows.Line;
import org.radcurate.service.DiagnosticsRows.Point;

/**
 * Interval half width against gold size for one line of the estimate: the bootstrap widths measured at n/8 .. n,
 * the fitted c/sqrt(n) extended to the estimate, the target, and the estimate marked (with its cross-check).
 */
final class GoldSizeChart extends LineChart<Number, Number> {
    /** Beyond this many times the current gold the curve is not drawn: the axis would flatten what was measured. */
    private static final int MAX_SPAN = 20;

    GoldSizeChart() {
        super(new NumberAxis(), new NumberAxis());
        getXAxis().setLabel("gold reports");
        getYAxis().setLabel("95% interval half width (±)");
        setId("goldSizeChart");
        setAnimated(false);
        setCreateSymbols(true);
        setLegendSide(Side.TOP);
        setMinHeight(240);
    }

    void show(DiagnosticsRows.Estimate e, Line line) {
        getData().clear();
        if (e == null || line == null) {
            return;
        }
        XYChart.Series<Number, Number> a = series("±F1 " + e.a() + " (bootstrap)");
        XYChart.Series<Number, Number> b = series("±F1 " + e.b() + " (bootstrap)");
        XYChart.Series<Number, Number> d = series("± difference (bootstrap)");
        for (Point p : line.curve()) {
            a.getData().add(new XYChart.Data<>(p.reports(), p.halfWidthA()));
            b.getData().add(new XYChart.Data<>(p.reports(), p.halfWidthB()));
            d.getData().add(new XYChart.Data<>(p.reports(), p.differenceHalfWidth()));
        }
        long n = e.goldReports();
        long end = Math.max(n, Math.min(line.reportsForTarget(), MAX_SPAN * n));
        XYChart.Series<Number, Number> fit = series("fit c/√n, c = " + String.format(java.util.Locale.ROOT, "%.3f",
                line.widthConstant()));
        long first = line.curve().get(0).reports();
        for (int i = 0; i <= 40; i++) {
            double m = first + (end - first) * i / 40.0;
            fit.getData().add(new XYChart.Data<>(m, line.widthConstant() / Math.sqrt(m)));
        }
        XYChart.Series<Number, Number> target = series("target ±" + e.target());
        target.getData().add(new XYChart.Data<>(first, e.target()));
        target.getData().add(new XYChart.Data<>(end, e.target()));
        getData().add(a);
        getData().add(b);
        getData().add(d);
        getData().add(fit);
        getData().add(target);
        if (line.reportsForTarget() <= end) {
            XYChart.Series<Number, Number> mark = series("estimate: " + DiagnosticsRows.size(line.reportsForTarget())
                    + " reports");
            mark.getData().add(new XYChart.Data<>(line.reportsForTarget(), e.target()));
            getData().add(mark);
        }
        if (line.check() != null && line.check().reports() <= end) {
            XYChart.Series<Number, Number> check = series("cross-check (direct bootstrap)");
            check.getData().add(new XYChart.Data<>(line.check().reports(), line.check().halfWidth()));
            getData().add(check);
        }
        setTitle(line.name() + (line.reliable() ? "" : " — " + line.caveat()));
    }

    private static XYChart.Series<Number, Number> series(String name) {
        XYChart.Series<Number, Number> s = new XYChart.Series<>();
        s.setName(name);
        return s;
    }
}
