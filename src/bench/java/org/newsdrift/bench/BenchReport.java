package org.newsdrift.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** Collects the benchmark's runs and renders them as a Markdown table: mean ± standard deviation over seeds. */
final class BenchReport {
    private final List<String> notes = new ArrayList<>();
    private final Map<String, List<Run>> groups = new LinkedHashMap<>();

    /** One fit of one contender with one seed. */
    record Run(String dataset, int k, String contender, long seed, Coherence.Scores scores, double seconds) {}

    void note(String line) {
        notes.add(line);
    }

    void add(Run run) {
        groups.computeIfAbsent(
                        run.dataset() + "\u0000" + run.k() + "\u0000" + run.contender(), key -> new ArrayList<>())
                .add(run);
    }

    String markdown() {
        StringBuilder out = new StringBuilder();
        notes.forEach(line -> out.append(line).append('\n'));
        out.append('\n');
        out.append("| data set | k | model | seeds | mean NPMI | mean UMass | diversity | wall s |\n");
        out.append("|---|---:|---|---:|---:|---:|---:|---:|\n");
        for (List<Run> runs : groups.values()) {
            Run first = runs.get(0);
            out.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %s | %d | %s | %s | %s | %s |%n",
                    first.dataset(),
                    first.k(),
                    first.contender(),
                    runs.size(),
                    spread(runs, r -> r.scores().npmi(), 3),
                    spread(runs, r -> r.scores().umass(), 2),
                    spread(runs, r -> r.scores().diversity(), 2),
                    spread(runs, Run::seconds, 1)));
        }
        return out.toString();
    }

    /** Mean of the runs' values for one contender, or NaN when it has none. */
    double mean(String dataset, int k, String contender, ToDoubleFunction<Run> value) {
        List<Run> runs = groups.get(dataset + "\u0000" + k + "\u0000" + contender);
        return runs == null
                ? Double.NaN
                : runs.stream().mapToDouble(value).average().orElse(Double.NaN);
    }

    private static String spread(List<Run> runs, ToDoubleFunction<Run> value, int decimals) {
        double mean = runs.stream().mapToDouble(value).average().orElse(Double.NaN);
        String format = "%." + decimals + "f";
        if (runs.size() < 2) {
            return String.format(Locale.ROOT, format, mean);
        }
        double variance = runs.stream()
                        .mapToDouble(value)
                        .map(v -> (v - mean) * (v - mean))
                        .sum()
                / (runs.size() - 1);
        return String.format(Locale.ROOT, format + " ± " + format, mean, Math.sqrt(variance));
    }
}
