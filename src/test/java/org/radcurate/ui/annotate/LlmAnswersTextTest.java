package org.radcurate.ui.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.radcurate.domain.AnnotationStatus;
import org.radcurate.domain.BuiltInSchemas;
import org.radcurate.domain.LlmAnswerRecord;
import org.radcurate.domain.Report;
import org.radcurate.service.ReportWork;

class LlmAnswersTextTest {
    @Test
    void showsEachLlmTeachersRawAnswerWithWhyItCouldNotBeRead() {
        Map<String, LlmAnswerRecord> answers = new LinkedHashMap<>();
        answers.put("llm:m mc chexpert14", new LlmAnswerRecord("1", "[Cardiomegaly, Hiatal hernia]", "",
                "Hiatal hernia: names no finding of chexpert14"));
        answers.put("llm:m open chexpert14", new LlmAnswerRecord("1", "no idea", "no list of phrases", ""));
        ReportWork w = new ReportWork(new Report("1", "Text.", List.of(), null, null), BuiltInSchemas.CHEXPERT14, List.of(),
                List.of(), List.of(), null, AnnotationStatus.TODO, "", Map.of(), answers);
        assertEquals("llm:m mc chexpert14:\n[Cardiomegaly, Hiatal hernia]\n[Hiatal hernia: names no finding of chexpert14]\n\n"
                + "llm:m open chexpert14:\nno idea\n[could not be read: no list of phrases]", LlmAnswersText.of(w));
        assertEquals("", LlmAnswersText.of(null));
    }
}
