package org.newsdrift.clean.page;

import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Learns the template of one source from many of its pages: the lines that recur on at least a share of the pages
 * (and on a minimum number of them) are the source's header, footer and widgets, whatever language they are in.
 * Lines are compared with their spacing collapsed and trimmed; a line counts once per page however often it repeats.
 */
public final class TemplateLineLearner implements Serializable {
    private static final long serialVersionUID = 1L;
    /** A line is template when it is on at least 30% of a source's pages... */
    public static final double DEFAULT_MIN_SHARE = 0.3;
    /** ...and on at least 3 of them, so two pages about the same event do not make a template. */
    public static final int DEFAULT_MIN_PAGES = 3;

    private static final Pattern SPACES = Pattern.compile("[\\p{Zs}\\t\\u200B\\uFEFF]+");
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");

    private final double minShare;
    private final int minPages;

    /** A learner with {@link #DEFAULT_MIN_SHARE} and {@link #DEFAULT_MIN_PAGES}. */
    public TemplateLineLearner() {
        this(DEFAULT_MIN_SHARE, DEFAULT_MIN_PAGES);
    }

    /** A learner that takes lines found on at least {@code minShare} of the pages and on at least {@code minPages}. */
    public TemplateLineLearner(double minShare, int minPages) {
        if (!(minShare > 0 && minShare <= 1)) {
            throw new IllegalArgumentException(
                    "Cannot create a template line learner: min share must be in (0, 1] (" + minShare + ")");
        }
        if (minPages < 1) {
            throw new IllegalArgumentException(
                    "Cannot create a template line learner: min pages must be >= 1 (" + minPages + ")");
        }
        this.minShare = minShare;
        this.minPages = minPages;
    }

    /**
     * The template lines of the source whose pages are {@code pages}, and their boilerplate share: the characters of
     * the template lines over all characters of the pages.
     */
    public TemplateLines learn(List<String> pages) {
        Map<String, Integer> pagesWithLine = new HashMap<>();
        for (String page : pages) {
            Set<String> seen = new HashSet<>();
            for (String raw : LINE_BREAK.split(page, -1)) {
                String line = normalize(raw);
                if (!line.isEmpty() && seen.add(line)) {
                    pagesWithLine.merge(line, 1, Integer::sum);
                }
            }
        }
        Set<String> template = new HashSet<>();
        pagesWithLine.forEach((line, count) -> {
            if (count >= minPages && count >= minShare * pages.size()) {
                template.add(line);
            }
        });
        long total = 0;
        long removed = 0;
        for (String page : pages) {
            total += page.length();
            for (String raw : LINE_BREAK.split(page, -1)) {
                if (template.contains(normalize(raw))) {
                    removed += raw.length();
                }
            }
        }
        double share = total == 0 ? 0 : Math.min(1, Math.max(0, (double) removed / total));
        return new TemplateLines(template, pages.size(), share);
    }

    /**
     * {@code text} without its template lines; other lines, blank ones included, stay as they were. Blank lines left
     * in a run by a removed line are collapsed so the text keeps its paragraph breaks, not the template's holes.
     */
    public static String strip(String text, Set<String> templateLines) {
        StringBuilder kept = new StringBuilder(text.length());
        boolean previousBlank = true;
        for (String raw : LINE_BREAK.split(text, -1)) {
            String line = normalize(raw);
            if (templateLines.contains(line)) {
                continue;
            }
            boolean blank = line.isEmpty();
            if (blank && previousBlank) {
                continue;
            }
            if (kept.length() > 0) {
                kept.append('\n');
            }
            kept.append(raw);
            previousBlank = blank;
        }
        return kept.toString().stripTrailing();
    }

    private static String normalize(String line) {
        return SPACES.matcher(line).replaceAll(" ").strip();
    }
}
