package org.radcurate.ui.annotate;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.radcurate.domain.AuditEvent;
import org.radcurate.domain.GoldSet;
import org.radcurate.service.ReportWork;
import org.radcurate.ui.common.Dialogs;
import org.radcurate.ui.common.FileKind;
import org.radcurate.ui.common.Jobs;
import org.radcurate.ui.common.ViewModelPart;

/** The History panel: the audit log of this report (or the newest entries of all), gold sets, CSV export. */
@ViewModelPart
public final class AuditModel {
    public static final int LATEST = 500;
    private static final FileKind CSV = new FileKind("CSV", List.of("*.csv"));

    private final AnnotateViewModel vm;
    private final Jobs jobs;
    private final Dialogs dialogs;
    private final ObservableList<AuditEvent> events = FXCollections.observableArrayList();
    private final ObservableList<GoldSet> goldSets = FXCollections.observableArrayList();
    private final BooleanProperty everything = new SimpleBooleanProperty(false);

    AuditModel(AnnotateViewModel vm, Jobs jobs, Dialogs dialogs) {
        this.vm = vm;
        this.jobs = jobs;
        this.dialogs = dialogs;
        everything.addListener(o -> refresh());
    }

    void show(ReportWork w) {
        refresh();
    }

    public void refresh() {
        var svc = vm.service();
        String report = vm.currentId();
        if (svc == null) {
            events.clear();
            goldSets.clear();
            return;
        }
        boolean all = everything.get() || report == null;
        jobs.submit((p, c) -> new Object[] {all ? svc.audit().latest(LATEST) : reversed(svc.audit().forReport(report)),
                svc.goldSets()}, p -> { }, r -> {
                    events.setAll(cast(r[0]));
                    goldSets.setAll(cast(r[1]));
                }, vm::failed);
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> out = new java.util.ArrayList<>(list);
        java.util.Collections.reverse(out);
        return out;
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> cast(Object o) {
        return (List<T>) o;
    }

    /** Writes the whole audit log to a CSV file the user chooses. */
    public void exportCsv() {
        var svc = vm.service();
        if (svc == null) {
            return;
        }
        dialogs.chooseFileToSave("Export audit log", "audit-log.csv", List.of(CSV)).ifPresent(out -> jobs.submit(
                (p, c) -> svc.audit().exportCsv(out), p -> { },
                n -> vm.say("Exported " + n + " audit entries to " + out.getFileName(), null),
                vm::failed));
    }

    public ObservableList<AuditEvent> events() {
        return events;
    }

    public ObservableList<GoldSet> goldSets() {
        return goldSets;
    }

    /** True: the newest entries of the whole log; false: this report's. */
    public BooleanProperty everythingProperty() {
        return everything;
    }
}
