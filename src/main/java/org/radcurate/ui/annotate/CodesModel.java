package org.radcurate.ui.annotate;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.radcurate.domain.Concept;
import org.radcurate.service.CodeSearch;
import org.radcurate.service.ReportWork;
import org.radcurate.ui.common.EditHistory;
import org.radcurate.ui.common.Jobs;
import org.radcurate.ui.common.ViewModelPart;

/**
 * The report's open-ended answer: its gold ICD-10-CM codes, the teacher's codes not yet in gold, and
 * autocomplete over the code table for what the user types (a code or words).
 */
@ViewModelPart
public final class CodesModel {
    public static final int MATCHES = 8;

    private final AnnotateViewModel vm;
    private final Jobs jobs;
    private final ObservableList<Concept> gold = FXCollections.observableArrayList();
    private final ObservableList<Concept> suggested = FXCollections.observableArrayList();
    private final ObservableList<CodeSearch.Code> matches = FXCollections.observableArrayList();
    private final StringProperty query = new SimpleStringProperty("");
    private CodeSearch search;

    CodesModel(AnnotateViewModel vm, Jobs jobs) {
        this.vm = vm;
        this.jobs = jobs;
        query.addListener((o, was, now) -> match(now));
    }

    /** Loads the code table in the background so the first keystroke does not wait for it. */
    void preload() {
        if (search == null) {
            jobs.submit((p, c) -> new CodeSearch(), p -> { }, s -> {
                search = s;
                match(query.get());
            }, vm::failed);
        }
    }

    void show(ReportWork w) {
        gold.setAll(w == null ? List.of() : w.goldConcepts().concepts());
        suggested.clear();
        if (w != null) {
            var have = w.goldConcepts().codes();
            w.sourceConcepts().values().forEach(set -> set.concepts().stream()
                    .filter(c -> !have.contains(c.code()) && suggested.stream().noneMatch(s -> s.code().equals(c.code())))
                    .forEach(suggested::add));
        }
    }

    private void match(String text) {
        if (search == null || text == null || text.isBlank()) {
            matches.clear();
            return;
        }
        matches.setAll(search.search(text, MATCHES));
    }

    /** Adds the first match of what was typed. */
    public void addFirstMatch() {
        if (!matches.isEmpty()) {
            add(matches.get(0));
        }
    }

    public void add(CodeSearch.Code code) {
        add(new Concept(code.code(), code.description(), null));
    }

    /** Adds a code (a match, or a teacher's suggestion with its phrase and evidence) to the report's gold. */
    public void add(Concept concept) {
        Optional<String> who = vm.edits().editor();
        String report = vm.currentId();
        if (who.isEmpty() || report == null) {
            return;
        }
        if (gold.stream().anyMatch(c -> c.code().equals(concept.code()))) {
            vm.say(concept.code() + " is already in this report's codes.");
            return;
        }
        vm.writer().write(vm.service(), s -> {
            s.addConcept(who.get(), report, concept);
            return concept;
        }, c -> {
            vm.history().done(new EditHistory.Edit(report, "add " + c.code(),
                    s -> s.removeConcept(who.get(), report, c.code()), s -> s.addConcept(who.get(), report, c)));
            query.set("");
            vm.reload();
        }, vm::reload);
    }

    public void remove(Concept concept) {
        Optional<String> who = vm.edits().editor();
        String report = vm.currentId();
        if (who.isEmpty() || report == null) {
            return;
        }
        vm.writer().write(vm.service(), s -> {
            s.removeConcept(who.get(), report, concept.code());
            return concept;
        }, c -> {
            vm.history().done(new EditHistory.Edit(report, "remove " + c.code(),
                    s -> s.addConcept(who.get(), report, c), s -> s.removeConcept(who.get(), report, c.code())));
            vm.reload();
        }, vm::reload);
    }

    /** The table's description of a code, or "" before the table is loaded or for an unknown code. */
    public String describe(String code) {
        return search == null ? "" : search.find(code).map(CodeSearch.Code::description).orElse("");
    }

    public ObservableList<Concept> gold() {
        return gold;
    }

    public ObservableList<Concept> suggested() {
        return suggested;
    }

    public ObservableList<CodeSearch.Code> matches() {
        return matches;
    }

    public StringProperty queryProperty() {
        return query;
    }
}
