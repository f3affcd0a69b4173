package org.newsdrift.job;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsdrift.config.ConfigException;

/** The value of {@code retrain --sweep}: no option, the option alone (the k suit the corpus), or a list of k. */
final class SweepArgument {
    private SweepArgument() {}

    /** @return absent for no sweep (no option), an empty list for the default sweep (no list), else the k given */
    static Optional<List<Integer>> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        List<Integer> ks = new ArrayList<>();
        for (String part : value.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            int k;
            try {
                k = Integer.parseInt(part.strip());
            } catch (NumberFormatException e) {
                throw new ConfigException(
                        "Cannot sweep: --sweep takes whole numbers separated by commas (was " + value + ")");
            }
            if (k < 2) {
                throw new ConfigException("Cannot sweep: every k must be at least 2 (was " + k + ")");
            }
            ks.add(k);
        }
        return Optional.of(List.copyOf(ks));
    }
}
