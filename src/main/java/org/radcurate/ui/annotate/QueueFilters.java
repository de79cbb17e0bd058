package org.radcurate.ui.annotate;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.radcurate.domain.AnnotationStatus;
import org.radcurate.domain.Split;
import org.radcurate.service.QueueFilter;
import org.radcurate.ui.common.ViewModelPart;

/** The queue's filter and order as editable properties; {@link #filter()} turns them into a QueueFilter. */
@ViewModelPart
public final class QueueFilters {
    /** The status choices of the queue filter. */
    public enum StatusChoice {
        ALL("All statuses", null),
        OPEN("Not done", EnumSet.of(AnnotationStatus.TODO, AnnotationStatus.SKIPPED)),
        TODO("To do", EnumSet.of(AnnotationStatus.TODO)),
        DONE("Done", EnumSet.of(AnnotationStatus.DONE)),
        SKIPPED("Skipped", EnumSet.of(AnnotationStatus.SKIPPED));

        private final String label;
        private final Set<AnnotationStatus> statuses;

        StatusChoice(String label, Set<AnnotationStatus> statuses) {
            this.label = label;
            this.statuses = statuses;
        }

        public Set<AnnotationStatus> statuses() {
            return statuses;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** Orders as offered to the user. */
    public static final List<QueueFilter.Order> ORDERS = List.of(QueueFilter.Order.values());

    private final ObjectProperty<StatusChoice> status = new SimpleObjectProperty<>(StatusChoice.ALL);
    private final ObjectProperty<Split> split = new SimpleObjectProperty<>(null);
    private final StringProperty finding = new SimpleStringProperty(null);
    private final BooleanProperty disagreementOnly = new SimpleBooleanProperty(false);
    // apart from the status: a flagged report stays in this filter when it is done
    private final BooleanProperty flaggedOnly = new SimpleBooleanProperty(false);
    private final ObjectProperty<QueueFilter.Order> order = new SimpleObjectProperty<>(QueueFilter.Order.IMPORT);
    private final LongProperty seed = new SimpleLongProperty(1);
    private final ObservableList<String> findings = FXCollections.observableArrayList();

    public QueueFilter filter() {
        return new QueueFilter(status.get() == null ? null : status.get().statuses(), split.get(), finding.get(),
                disagreementOnly.get(), order.get(), seed.get(), null, null, flaggedOnly.get());
    }

    /** Everything whose change rebuilds the queue. */
    Observable[] dependencies() {
        return new Observable[] {status, split, finding, disagreementOnly, order, seed, flaggedOnly};
    }

    public static String describe(QueueFilter.Order o) {
        return switch (o) {
            case IMPORT -> "Import order";
            case STATUS -> "To do first";
            case DISAGREEMENT -> "Disagreements first";
            case STUDENT_UNCERTAINTY -> "Student uncertainty";
            case RANDOM -> "Random (seeded)";
            case INFORMATIVE -> "Gold that matters most";
        };
    }

    public ObjectProperty<StatusChoice> statusProperty() {
        return status;
    }

    public ObjectProperty<Split> splitProperty() {
        return split;
    }

    public StringProperty findingProperty() {
        return finding;
    }

    public BooleanProperty disagreementOnlyProperty() {
        return disagreementOnly;
    }

    public BooleanProperty flaggedOnlyProperty() {
        return flaggedOnly;
    }

    public ObjectProperty<QueueFilter.Order> orderProperty() {
        return order;
    }

    public LongProperty seedProperty() {
        return seed;
    }

    /** The schema's findings, for the finding filter. */
    public ObservableList<String> findings() {
        return findings;
    }
}
