package org.radcurate.ui.common;

import java.util.function.Function;
import javafx.util.StringConverter;

/** Converters for choice boxes and combo boxes that only display values (never parse typed text). */
public final class DisplayConverter {
    private DisplayConverter() {}

    /** Shows {@code text(value)}, and nothing for no value. */
    public static <T> StringConverter<T> of(Function<T, String> text) {
        return of("", text);
    }

    /** Shows {@code text(value)}, and {@code none} for no value (e.g. "All splits"). */
    public static <T> StringConverter<T> of(String none, Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? none : text.apply(value);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException("not editable");
            }
        };
    }
}
