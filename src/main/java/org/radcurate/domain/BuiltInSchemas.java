package org.radcurate.domain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The two schemas every workspace knows. */
public final class BuiltInSchemas {
    private BuiltInSchemas() {}

    public static final Schema CHEXPERT14 = new Schema(
            "chexpert14",
            "The 14 CheXpert observations (Irvin et al. 2019)",
            List.of(
                    f("No Finding", List.of()),
                    f("Enlarged Cardiomediastinum", List.of("J98.59", "R93.1")),
                    f("Cardiomegaly", List.of("I51.7")),
                    f("Lung Lesion", List.of("R91.1", "R91.8")),
                    f("Lung Opacity", List.of("R91.8")),
                    f("Edema", List.of("J81.0", "J81.1")),
                    f("Consolidation", List.of("R91.8")),
                    f("Pneumonia", List.of("J18.9")),
                    f("Atelectasis", List.of("J98.11")),
                    f("Pneumothorax", List.of("J93.9")),
                    f("Pleural Effusion", List.of("J90")),
                    f("Pleural Other", List.of("J94.9", "J92.9")),
                    f("Fracture", List.of("S22.9XXA", "S22.39XA")),
                    f("Support Devices", List.of("Z97.8", "Z95.0"))));

    public static final Schema NIH14 = new Schema(
            "nih14",
            "The 14 NIH ChestX-ray14 labels (Wang et al. 2017)",
            List.of(
                    f("Atelectasis", "Atelectasis", List.of("J98.11")),
                    f("Cardiomegaly", "Cardiomegaly", List.of("I51.7")),
                    f("Effusion", "Effusion", List.of("J90")),
                    f("Infiltration", "Infiltration", List.of("R91.8")),
                    f("Mass", "Mass", List.of("R91.8", "J98.4")),
                    f("Nodule", "Nodule", List.of("R91.1")),
                    f("Pneumonia", "Pneumonia", List.of("J18.9")),
                    f("Pneumothorax", "Pneumothorax", List.of("J93.9")),
                    f("Consolidation", "Consolidation", List.of("R91.8")),
                    f("Edema", "Edema", List.of("J81.0", "J81.1")),
                    f("Emphysema", "Emphysema", List.of("J43.9")),
                    f("Fibrosis", "Fibrosis", List.of("J84.10")),
                    f("Pleural_Thickening", "Pleural Thickening", List.of("J92.9", "J94.9")),
                    f("Hernia", "Hernia", List.of("K44.9"))));

    public static final List<Schema> ALL = List.of(CHEXPERT14, NIH14);

    public static Optional<Schema> byName(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return ALL.stream().filter(s -> s.name().equals(n)).findFirst();
    }

    private static Finding f(String name, List<String> codes) {
        return new Finding(name, name, name, codes);
    }

    private static Finding f(String column, String display, List<String> codes) {
        return new Finding(column, display, column, codes);
    }
}
