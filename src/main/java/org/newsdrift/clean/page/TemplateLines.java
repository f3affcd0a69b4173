package org.newsdrift.clean.page;

import java.io.Serializable;
import java.util.Set;

/**
 * What {@link TemplateLineLearner} learned about one source: the lines its template repeats (in their normalised
 * form), how many pages it learned from, and the share of the source's characters those lines take up.
 */
public record TemplateLines(Set<String> lines, int pages, double boilerplateShare) implements Serializable {
    public TemplateLines {
        lines = Set.copyOf(lines);
        if (pages < 0) {
            throw new IllegalArgumentException("Cannot make template lines: pages must be >= 0 (" + pages + ")");
        }
        if (!(boilerplateShare >= 0 && boilerplateShare <= 1)) {
            throw new IllegalArgumentException(
                    "Cannot make template lines: boilerplate share must be in [0, 1] (" + boilerplateShare + ")");
        }
    }
}
