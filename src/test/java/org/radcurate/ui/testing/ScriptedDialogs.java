package org.radcurate.ui.testing;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.radcurate.ui.common.Dialogs;
import org.radcurate.ui.common.FileKind;

/** Dialogs that answer from a script and record what was shown. */
public final class ScriptedDialogs implements Dialogs {
    public final Deque<Path> files = new ArrayDeque<>();
    public final Deque<String> texts = new ArrayDeque<>();
    public final List<String> errors = new ArrayList<>();
    public final List<String> infos = new ArrayList<>();
    /** Answers to confirm(), in order; true when the script runs out. */
    public final Deque<Boolean> answers = new ArrayDeque<>();
    public final List<String> confirmations = new ArrayList<>();

    @Override
    public Optional<Path> chooseFileToOpen(String title, List<FileKind> kinds) {
        return Optional.ofNullable(files.poll());
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String initialName, List<FileKind> kinds) {
        return Optional.ofNullable(files.poll());
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        return Optional.ofNullable(files.poll());
    }

    @Override
    public Optional<String> askText(String title, String prompt, String initial) {
        return Optional.ofNullable(texts.poll());
    }

    /** Answers to the list choice (choose with an initial option), in order; the initial one when the script runs out. */
    public final Deque<String> picks = new ArrayDeque<>();

    @Override
    public Optional<String> choose(String title, String prompt, List<String> options, String initial) {
        String c = picks.poll();
        return Optional.ofNullable(c != null ? c : initial);
    }

    @Override
    public void showError(String title, String message) {
        errors.add(message);
    }

    @Override
    public void showInfo(String title, String message) {
        infos.add(message);
    }

    /** Answers to choose(), as the index of the option taken (-1 cancels); the first option when the script runs out. */
    public final Deque<Integer> choices = new ArrayDeque<>();
    /** Each choose() question, followed by its options. */
    public final List<String> choiceQuestions = new ArrayList<>();

    @Override
    public int choose(String title, String message, List<String> options) {
        choiceQuestions.add(message + " " + options);
        Integer answer = choices.poll();
        return answer == null ? 0 : answer;
    }

    @Override
    public boolean confirm(String title, String message, String yes) {
        confirmations.add(message);
        Boolean answer = answers.poll();
        return answer == null || answer;
    }
}
