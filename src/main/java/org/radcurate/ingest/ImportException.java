package org.radcurate.ingest;

/** Bad input: names the file, the line (1-based; 0 when not line-bound) and the field. */
public final class ImportException extends RuntimeException {
    private final String file;
    private final long line;
    private final String field;
    private final String reason;

    public ImportException(String file, long line, String field, String reason) {
        super(format(file, line, field, reason));
        this.file = file;
        this.line = line;
        this.field = field;
        this.reason = reason;
    }

    private static String format(String file, long line, String field, String reason) {
        StringBuilder b = new StringBuilder(file);
        if (line > 0) {
            b.append(", line ").append(line);
        }
        if (field != null && !field.isEmpty()) {
            b.append(", field '").append(field).append('\'');
        }
        return b.append(": ").append(reason).toString();
    }

    public String file() {
        return file;
    }

    public long line() {
        return line;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
