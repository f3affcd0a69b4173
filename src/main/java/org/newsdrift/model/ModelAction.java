package org.newsdrift.model;

import java.util.Locale;

/** What a topic model update did; its lower-case name is what the runs table and the manifest record. */
public enum ModelAction {
    /** Tonight's articles were scored with the current version. */
    SCORED,
    /** A new version was fitted, saved, made current and used to score. */
    FITTED,
    /** No version was fitted or used. */
    NONE;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
