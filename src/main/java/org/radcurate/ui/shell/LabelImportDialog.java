package org.radcurate.ui.shell;

/** Shows the Import Labels form; true when the user chose Import (the form then holds the choices). */
public interface LabelImportDialog {
    boolean show(LabelImportForm form);
}
