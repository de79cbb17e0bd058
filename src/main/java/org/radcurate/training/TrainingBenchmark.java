package org.radcurate.training;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.radcurate.domain.MentionState;

/**
 * Times a training run (not a test). With {@code --reports} it reads an Open-i / IU style CSV
 * (uid, indication, comparison, findings, impression, ...) at run time and trains on findings plus
 * impression, cycling the reports up to {@code --count}; with {@code --labels} (NIH-14 gold CSV,
 * filename = CXR&lt;uid&gt;, 1 = positive) those are the targets, else all findings are absent, which
 * changes nothing for timing. Without {@code --reports} it uses synthetic reports.
 *
 * <pre>java -cp ... org.radcurate.training.TrainingBenchmark --reports reports.csv --labels nih14-gold.csv
 *     --count 2000 --preset quick-cpu [--epochs N] [--mlm-epochs N] [--dir target/training-benchmark]
 *     [--init PRETRAINED_FOLDER]</pre>
 * Each epoch line also gives the process's CPU seconds for that epoch.
 */
public final class TrainingBenchmark {
    private TrainingBenchmark() {}

    /** CPU time of the whole process (all threads), or 0 where the JVM does not say. */
    static long cpuNanos() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> opt = options(args);
        int count = Integer.parseInt(opt.getOrDefault("count", "2000"));
        TrainingConfig config = TrainingConfig.preset(opt.getOrDefault("preset", TrainingConfig.QUICK_CPU));
        if (opt.containsKey("epochs")) {
            config = config.withEpochs(Integer.parseInt(opt.get("epochs")));
        }
        if (opt.containsKey("init")) {
            config = TrainingConfig.preset(opt.getOrDefault("preset", TrainingConfig.PRETRAINED)).withInit(opt.get("init"))
                    .withEpochs(config.epochs());
        }
        if (opt.containsKey("mlm-epochs")) {
            config = config.withMlmEpochs(Integer.parseInt(opt.get("mlm-epochs")));
        }
        Path dir = Path.of(opt.getOrDefault("dir", "target/training-benchmark"));
        List<String> findings = new ArrayList<>(SyntheticReports.FINDINGS);
        List<TrainingExample> examples = opt.containsKey("reports")
                ? realText(Path.of(opt.get("reports")), opt.get("labels"), count, findings)
                : SyntheticReports.examples(count, 1);
        new RunFiles(dir).clearRun();
        System.out.printf("device: %s%nconfig: %s%nexamples: %d, findings: %d%n",
                DeviceInfo.detect(), config, examples.size(), findings.size());
        long t0 = System.nanoTime();
        TrainingListener printer = new TrainingListener() {
            @Override
            public void onProgress(TrainingProgress p) {
                if (p.message().contains("done") || p.step() == 0) {
                    System.out.printf("%7.1f s  %s (%s)%n", (System.nanoTime() - t0) / 1e9, p.message(), machine());
                }
            }

            private long cpuBefore = cpuNanos();

            @Override
            public void onEpoch(EpochMetrics m) {
                long cpu = cpuNanos();
                System.out.printf("%7.1f s  epoch %d: loss %.4f, validation micro-F1 %.4f, %.1f s, %.1f CPU s (%s)%n",
                        (System.nanoTime() - t0) / 1e9, m.epoch(), m.trainLoss(), m.validationMicroF1(),
                        m.millis() / 1000.0, (cpu - cpuBefore) / 1e9, machine());
                cpuBefore = cpu;
            }
        };
        List<String> corpus = examples.stream().map(TrainingExample::text).toList();
        try (TrainedStudent s = new StudentTrainer().train(findings, examples, corpus, config, dir, printer, () -> false)) {
            System.out.printf("total %.1f s; model in %s (%d findings)%n",
                    (System.nanoTime() - t0) / 1e9, dir.toAbsolutePath(), s.findingNames().size());
        }
    }

    /** Process CPU seconds so far and the system load, to tell slow code from a busy machine. */
    private static String machine() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        String cpu = os instanceof com.sun.management.OperatingSystemMXBean sun
                ? String.format("process CPU %.1f s, ", sun.getProcessCpuTime() / 1e9) : "";
        return String.format("%sload %.1f", cpu, os.getSystemLoadAverage());
    }

    private static List<TrainingExample> realText(Path reports, String labelsFile, int count, List<String> findings)
            throws IOException {
        List<List<String>> rows = Csv.parse(Files.readString(reports, StandardCharsets.UTF_8));
        List<String> header = rows.get(0);
        int uid = header.indexOf("uid");
        int findingsCol = header.indexOf("findings");
        int impression = header.indexOf("impression");
        Map<String, List<MentionState>> labels = new HashMap<>();
        if (labelsFile != null) {
            List<List<String>> gold = Csv.parse(Files.readString(Path.of(labelsFile), StandardCharsets.UTF_8));
            // the label columns, without the "normal" flag, which is no finding
            List<String> head = gold.get(0);
            int end = head.get(head.size() - 1).equalsIgnoreCase("normal") ? head.size() - 1 : head.size();
            findings.clear();
            findings.addAll(head.subList(1, end));
            for (List<String> g : gold.subList(1, gold.size())) {
                labels.put(g.get(0).replace("CXR", ""), g.subList(1, end).stream()
                        .map(v -> v.strip().equals("1") ? MentionState.POSITIVE : MentionState.ABSENT).toList());
            }
        }
        List<MentionState> none = findings.stream().map(f -> MentionState.ABSENT).toList();
        List<TrainingExample> out = new ArrayList<>();
        List<List<String>> body = rows.subList(1, rows.size());
        for (int i = 0; i < count && !body.isEmpty(); i++) {
            List<String> r = body.get(i % body.size());
            String text = (r.get(findingsCol) + "\n" + r.get(impression)).strip();
            out.add(new TrainingExample(r.get(uid) + "#" + i / body.size(), text,
                    labels.getOrDefault(r.get(uid), none)));
        }
        return out;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            out.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return out;
    }

    /** Just enough RFC 4180 for the benchmark: quoted fields, doubled quotes, newlines in quotes. */
    static final class Csv {
        private Csv() {}

        static List<List<String>> parse(String text) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    row.add(field.toString());
                    field.setLength(0);
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    row.add(field.toString());
                    field.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                } else {
                    field.append(c);
                }
            }
            if (field.length() > 0 || !row.isEmpty()) {
                row.add(field.toString());
                rows.add(row);
            }
            return rows;
        }
    }
}
