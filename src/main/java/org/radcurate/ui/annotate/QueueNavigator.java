package org.radcurate.ui.annotate;

import java.util.List;
import java.util.Optional;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.radcurate.domain.AnnotationStatus;
import org.radcurate.domain.SourceKind;
import org.radcurate.service.AnnotationQueue;
import org.radcurate.service.AnnotationService;
import org.radcurate.service.QueueItem;
import org.radcurate.service.ReportWork;
import org.radcurate.ui.common.Jobs;
import org.radcurate.ui.common.Preferences;
import org.radcurate.ui.common.ViewModelPart;

/**
 * The annotation queue and the walk through it: which report comes next, fetched through {@link Jobs}.
 * Part of {@link AnnotateViewModel}, which exposes these properties and commands. Only the last report
 * asked for is shown, so a slow read never replaces a later one on screen.
 */
@ViewModelPart
final class QueueNavigator {
    /** How far ahead the disagreement search reads, so one key press never reads a whole workspace. */
    private static final int LOOK_AHEAD = 500;

    private final AnnotateViewModel vm;
    private final Jobs jobs;
    private final ShownReport shown;
    private final QueueFilters filters;
    private final Preferences prefs;
    private final ObservableList<QueueItem> queue = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper position = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyIntegerWrapper done = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper positionText = new ReadOnlyStringWrapper("");
    private final ObservableList<String> teachers = FXCollections.observableArrayList();
    private final ObservableList<String> students = FXCollections.observableArrayList();

    private String requested;
    private String pendingOpen;

    QueueNavigator(AnnotateViewModel vm, Jobs jobs, ShownReport shown, QueueFilters filters, Preferences prefs) {
        this.vm = vm;
        this.jobs = jobs;
        this.shown = shown;
        this.filters = filters;
        this.prefs = prefs;
        InvalidationListener refilter = o -> reloadQueue(shown.currentId());
        for (var d : filters.dependencies()) {
            d.addListener(refilter);
        }
        prefs.annotatorProperty().addListener(o -> reloadQueue(shown.currentId()));
        done.addListener(o -> updateProgress());
        total.addListener(o -> updateProgress());
    }

    /** Empties the queue and the screen (the workspace closed or changed). */
    void clear() {
        position.set(-1); // first: the list must never be asked to select a place the emptied queue lacks
        queue.clear();
        vm.show(null);
    }

    /** Shows that report (from another screen); it need not be in the current queue. */
    void open(String reportId) {
        if (vm.service() == null || reportId == null) {
            pendingOpen = reportId;
            return;
        }
        int i = indexOf(reportId);
        position.set(i);
        // the screen re-reads its queue when shown, right after this: that reload must land here too,
        // not on the report the screen was on before
        pendingOpen = reportId;
        load(reportId);
    }

    /** Re-reads the queue and the sources, then shows {@code keep} if still queued, else the first report. */
    void reloadQueue(String keep) {
        AnnotationService svc = vm.service();
        if (svc == null) {
            return;
        }
        String annotator = annotator();
        var filter = filters.filter();
        jobs.submit((p, c) -> new Object[] {svc.queue(filter, annotator), svc.sourceNames(SourceKind.TEACHER),
                svc.sourceNames(SourceKind.STUDENT)}, p -> { }, r -> {
                    AnnotationQueue q = (AnnotationQueue) r[0];
                    queue.setAll(q.items());
                    done.set(q.done());
                    total.set(q.total());
                    // the grid has a column per source, of its own kind: a second teacher is a teacher column
                    if (!teachers.equals(r[1])) {
                        teachers.setAll(cast(r[1]));
                    }
                    if (!students.equals(r[2])) {
                        students.setAll(cast(r[2]));
                    }
                    // a report opened from another screen (now, or while the queue was being read) wins over
                    // the one kept
                    String opened = requested != null && !requested.equals(keep) && indexOf(requested) >= 0
                            ? requested : null;
                    String target = opened != null ? opened : pendingOpen != null ? pendingOpen
                            : keep != null && indexOf(keep) >= 0 ? keep : queue.isEmpty() ? null : queue.get(0).reportId();
                    pendingOpen = null;
                    position.set(target == null ? -1 : indexOf(target));
                    if (target == null) {
                        vm.show(null);
                        vm.say("No reports match the queue filter.");
                    } else {
                        load(target);
                    }
                }, vm::failed);
    }

    @SuppressWarnings("unchecked")
    private static List<String> cast(Object o) {
        return (List<String>) o;
    }

    void load(String reportId) {
        AnnotationService svc = vm.service();
        if (svc == null) {
            return;
        }
        requested = reportId;
        String annotator = annotator();
        jobs.submit((p, c) -> svc.open(reportId, annotator), p -> { }, w -> {
            if (reportId.equals(requested)) {
                vm.show(w);
            }
        }, vm::failed);
    }

    void go(int index) {
        pendingOpen = null;
        if (index >= 0 && index < queue.size()) {
            position.set(index);
            load(queue.get(index).reportId());
        } else if (!queue.isEmpty()) {
            vm.say(index < 0 ? "This is the first report of the queue." : "End of the queue.");
        }
    }

    void next() {
        go(position.get() + 1);
    }

    void previous() {
        go(position.get() - 1);
    }

    /** The next finding needing a look in this report, else the next such report in the queue. */
    void nextDisagreement() {
        if (shown.selectNeedingLook(shown.selectedIndex() + 1)) {
            return;
        }
        AnnotationService svc = vm.service();
        if (svc == null) {
            return;
        }
        int from = position.get() + 1;
        List<String> ahead = queue.subList(Math.min(from, queue.size()), Math.min(queue.size(), from + LOOK_AHEAD))
                .stream().map(QueueItem::reportId).toList();
        String annotator = annotator();
        jobs.submit((p, c) -> {
            for (String id : ahead) {
                ReportWork w = svc.load(id, annotator);
                if (w.rows().stream().anyMatch(ReportWork.Row::needsLook)) {
                    return Optional.of(w);
                }
            }
            return Optional.<ReportWork>empty();
        }, p -> { }, found -> {
            if (found.isEmpty()) {
                vm.say("No disagreement in the next " + ahead.size() + " reports of the queue.");
                return;
            }
            ReportWork w = found.get();
            position.set(indexOf(w.report().id()));
            requested = w.report().id();
            vm.show(w);
            shown.selectNeedingLook(0);
        }, vm::failed);
    }

    /** Keeps the queue's status column, the done count and the status shown in step with a stored status. */
    void syncStatus(String reportId, AnnotationStatus now) {
        int i = indexOf(reportId);
        if (i >= 0 && queue.get(i).status() != now) {
            AnnotationStatus was = queue.get(i).status();
            queue.set(i, queue.get(i).withStatus(now));
            done.set(done.get() + (now == AnnotationStatus.DONE ? 1 : 0) - (was == AnnotationStatus.DONE ? 1 : 0));
        }
        if (reportId.equals(shown.currentId())) {
            shown.setStatus(now);
        }
    }

    /** Keeps the queue's flag mark and the flag shown in step with a stored flag. */
    void syncFlag(String reportId, boolean now) {
        int i = indexOf(reportId);
        if (i >= 0 && queue.get(i).flagged() != now) {
            queue.set(i, queue.get(i).withFlag(now));
        }
        if (reportId.equals(shown.currentId())) {
            shown.setFlagged(now);
        }
    }

    int indexOf(String reportId) {
        for (int i = 0; i < queue.size(); i++) {
            if (queue.get(i).reportId().equals(reportId)) {
                return i;
            }
        }
        return -1;
    }

    private String annotator() {
        return prefs.annotatorProperty().get();
    }

    /** Called when a report is shown: where it sits in the queue, if it does. */
    void updatePosition() {
        ReportWork w = shown.workProperty().get();
        int p = position.get();
        positionText.set(w == null ? "" : p < 0 ? w.report().id() + " (not in this queue)"
                : (p + 1) + " of " + queue.size() + " in queue");
    }

    private void updateProgress() {
        progressText.set(done.get() + " of " + total.get() + " done");
    }

    ObservableList<QueueItem> queue() {
        return queue;
    }

    ReadOnlyIntegerProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    ReadOnlyIntegerProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    ReadOnlyStringProperty positionTextProperty() {
        return positionText.getReadOnlyProperty();
    }

    ObservableList<String> teachers() {
        return teachers;
    }

    ObservableList<String> students() {
        return students;
    }
}
