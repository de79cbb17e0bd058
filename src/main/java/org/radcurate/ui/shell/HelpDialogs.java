package org.radcurate.ui.shell;

/** What the Help menu shows, behind an interface that tests replace. */
public interface HelpDialogs {
    /** A read-only text (the key reference, About). */
    void showText(String title, String text);

    /** A message with one value the user may want to copy (a path), with a button that copies it. */
    void showCopyable(String title, String message, String value);
}
