package org.newsdrift.report;

/** Ten colours that stay apart from each other, for series, layers and bars. */
final class Palette {
    private static final String[] COLORS = {
        "#3b6fb6", "#e07b39", "#4a9a5b", "#c8453c", "#8065b0", "#8c5a48", "#d16ba5", "#6f6f6f", "#b5a532", "#3aa5b8"
    };

    private Palette() {}

    static String color(int index) {
        return COLORS[Math.floorMod(index, COLORS.length)];
    }
}
