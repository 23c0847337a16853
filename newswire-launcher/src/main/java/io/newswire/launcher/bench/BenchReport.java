package io.newswire.launcher.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newswire.model.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The bench's results: a table for the terminal, the same as JSON, and #13's acceptance points checked on them. */
final class BenchReport {
    /** One acceptance point: the figure, its limit, and whether it holds ({@code null}: not measured this run). */
    record Check(String point, Object value, String limit, Boolean holds) {
    }

    private final List<StageResult> stages;
    private final Map<String, Object> run;

    BenchReport(List<StageResult> stages, Map<String, Object> run) {
        this.stages = List.copyOf(stages);
        this.run = run;
    }

    Optional<StageResult> stage(String name) {
        return stages.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** This stage's rate over its baseline's, when both ran. */
    Optional<Double> ratio(StageResult s) {
        return s.baseline() == null ? Optional.empty()
                : stage(s.baseline()).filter(b -> b.perSecond() > 0).map(b -> s.perSecond() / b.perSecond());
    }

    List<Check> acceptance(long items, int rate, double totalSeconds) {
        List<Check> checks = new ArrayList<>();
        String at = items == 100_000 ? "" : " (this run: " + items + " items)";
        checks.add(stage("pipeline").map(p -> new Check("100,000 archived items tagged and stored within 60 s of "
                + "launch" + at, round(p.seconds()), "<= 60 s", p.complete() && p.seconds() <= 60))
                .orElse(new Check("100,000 items stored within 60 s of launch", null, "<= 60 s", null)));
        checks.add(ratioCheck("topology", "enrich topology vs raw exactly-once consume→produce"));
        checks.add(ratioCheck("store", "store vs raw batched JDBC inserts of the same rows"));
        checks.add(stage("latency").map(l -> {
            Object p99 = l.details().get("p99 ms");
            return new Check("p99 publish→stored at " + rate + " articles/s offered", p99, "<= 1000 ms",
                    l.complete() && p99 instanceof Long v && v <= 1000);
        }).orElse(new Check("p99 publish→stored at 500 articles/s", null, "<= 1000 ms", null)));
        checks.add(new Check("the bench's own run time" + at, round(totalSeconds), "< 300 s", totalSeconds < 300));
        return checks;
    }

    private Check ratioCheck(String name, String point) {
        return stage(name).map(s -> {
            Optional<Double> r = ratio(s);
            // a rate over the items done before the time ran out is still a rate: compared as it is
            return new Check(point + (s.complete() ? "" : " (stage incomplete: its rate so far)"),
                    r.map(BenchReport::round).orElse(null), ">= 0.50", r.isEmpty() ? null : r.get() >= 0.5);
        }).orElse(new Check(point, null, ">= 0.50", null));
    }

    void printTable(PrintWriter out, List<Check> checks) {
        out.printf(Locale.ROOT, "%n%-19s %9s %9s %8s %11s  %-10s %6s%n", "stage", "items", "of", "seconds",
                "items/s", "baseline", "ratio");
        for (StageResult s : stages) {
            out.printf(Locale.ROOT, "%-19s %9d %9d %8.2f %,11.0f  %-10s %6s%s%n", s.name(), s.items(), s.expected(),
                    s.seconds(), s.perSecond(), s.baseline() == null ? "-" : s.baseline(),
                    ratio(s).map(r -> String.format(Locale.ROOT, "%.2f", r)).orElse("-"),
                    s.complete() ? "" : "  INCOMPLETE (time ran out)");
        }
        out.println();
        for (StageResult s : stages) {
            if (!s.details().isEmpty()) {
                out.printf("%-19s %s%n", s.name(), s.details());
            }
        }
        out.println();
        out.println("#13 acceptance:");
        for (Check c : checks) {
            out.printf(Locale.ROOT, "  %-5s %s: %s (limit %s)%n", c.holds() == null ? "n/a" : c.holds() ? "HOLDS"
                    : "FAILS", c.point(), c.value() == null ? "not measured" : c.value(), c.limit());
        }
        out.flush();
    }

    void writeJson(Path file, List<Check> checks) throws IOException {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("bench", "newswire bench");
        root.put("finishedAt", Instant.now().toString());
        root.set("run", Json.mapper().valueToTree(run));
        root.set("machine", Json.mapper().valueToTree(machine()));
        ArrayNode list = root.putArray("stages");
        for (StageResult s : stages) {
            ObjectNode n = list.addObject();
            n.put("name", s.name());
            n.put("measures", s.measures());
            n.put("items", s.items());
            n.put("expected", s.expected());
            n.put("complete", s.complete());
            n.put("seconds", Math.round(s.seconds() * 10_000) / 10_000.0);
            n.put("itemsPerSecond", Math.round(s.perSecond()));
            if (s.baseline() != null) {
                n.put("baseline", s.baseline());
            }
            ratio(s).ifPresent(r -> n.put("ratio", Math.round(r * 10_000) / 10_000.0));
            n.set("details", Json.mapper().valueToTree(s.details()));
        }
        root.set("acceptance", Json.mapper().valueToTree(checks));
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Json.mapper().writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
    }

    /** What the figures depend on: cores, CPU, the load at the time (the machine may be shared), the JVM. */
    static Map<String, Object> machine() {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("nproc", Runtime.getRuntime().availableProcessors());
        m.put("cpu", cpuModel());
        m.put("loadAverage", loadAverage());
        m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        m.put("jvmArguments", ManagementFactory.getRuntimeMXBean().getInputArguments());
        m.put("maxHeapMB", Runtime.getRuntime().maxMemory() >> 20);
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        return m;
    }

    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean()
                    .getSystemLoadAverage());
        }
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse(System.getProperty("os.arch"));
        } catch (IOException | RuntimeException e) {
            return System.getProperty("os.arch");
        }
    }

    static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
