package org.newsdrift.report;

/** HTML the report built itself from escaped parts, passed through as is where plain strings are escaped. */
record Markup(String html) {}
