package org.newsdrift.clean.page;

import java.util.Objects;

/** One line of a page, with its spacing normalised, and what it is. */
public record ClassifiedLine(String text, LineKind kind) {
    public ClassifiedLine {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
    }
}
