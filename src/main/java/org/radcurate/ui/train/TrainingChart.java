package org.radcurate.ui.train;

import java.util.List;
import javafx.geometry.Side;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.util.StringConverter;

/**
 * Loss and validation micro-F1 per fine-tuning epoch, one series each, on one axis (both are mostly within
 * [0, 1.5]); whole epochs along x.
 */
final class TrainingChart extends LineChart<Number, Number> {
    static final String LOSS = "training loss";
    static final String F1 = "validation micro-F1";
    private final NumberAxis epochsAxis;
    private final XYChart.Series<Number, Number> loss = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> f1 = new XYChart.Series<>();

    TrainingChart() {
        super(new NumberAxis(1, 2, 1), new NumberAxis());
        epochsAxis = (NumberAxis) getXAxis();
        epochsAxis.setLabel("epoch");
        epochsAxis.setAutoRanging(false);
        epochsAxis.setMinorTickVisible(false);
        epochsAxis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return n.doubleValue() == Math.rint(n.doubleValue()) ? Integer.toString(n.intValue()) : "";
            }

            @Override
            public Number fromString(String s) {
                return Double.valueOf(s);
            }
        });
        NumberAxis values = (NumberAxis) getYAxis();
        values.setLabel("loss · micro-F1");
        values.setForceZeroInRange(true);
        setId("trainingChart");
        getStyleClass().add(TrainCss.CHART);
        setAnimated(false);
        setCreateSymbols(true);
        setLegendSide(Side.TOP);
        setMinHeight(180);
        loss.setName(LOSS);
        f1.setName(F1);
        getData().add(loss);
        getData().add(f1);
    }

    void show(List<EpochPoint> epochs) {
        loss.getData().clear();
        f1.getData().clear();
        int last = 1;
        for (EpochPoint e : epochs) {
            if (!Double.isNaN(e.loss())) {
                loss.getData().add(new XYChart.Data<>(e.epoch(), e.loss()));
            }
            if (!Double.isNaN(e.validationMicroF1())) {
                f1.getData().add(new XYChart.Data<>(e.epoch(), e.validationMicroF1()));
            }
            last = Math.max(last, e.epoch());
        }
        int upper = Math.max(2, last);
        epochsAxis.setLowerBound(1);
        epochsAxis.setUpperBound(upper);
        epochsAxis.setTickUnit(Math.max(1, Math.ceil((upper - 1) / 10.0)));
    }
}
