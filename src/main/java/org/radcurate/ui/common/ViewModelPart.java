package org.radcurate.ui.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a part split out of a ViewModel: state and commands for one concern (the queue, the shown
 * report, the gold edits, the run table, a form's inputs, a table row's model). Like a
 * {@code *ViewModel} it touches no controls, so it is tested without a toolkit; ArchitectureTest
 * checks both, and also every class in {@code ui} that a ViewModel reaches.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ViewModelPart {}
