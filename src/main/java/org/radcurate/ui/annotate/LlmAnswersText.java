package org.radcurate.ui.annotate;

import org.radcurate.service.ReportWork;

/** The text of Annotate's LLM answers pane: each LLM teacher's raw answer, why it could not be read, its flags. */
final class LlmAnswersText {
    private LlmAnswersText() {}

    /** Each LLM teacher's raw answer for the report, with why it could not be read and its flags ("" for none). */
    static String of(ReportWork w) {
        if (w == null || w.llmAnswers().isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        w.llmAnswers().forEach((source, a) -> {
            b.append(b.length() > 0 ? "\n\n" : "").append(source).append(":\n").append(a.answer());
            if (a.failed()) {
                b.append("\n[could not be read: ").append(a.failure()).append(']');
            }
            if (!a.flags().isEmpty()) {
                b.append("\n[").append(a.flags().replace("\n", "; ")).append(']');
            }
        });
        return b.toString();
    }
}
