package org.newsdrift.report;

import java.util.Locale;

/** Numbers as a person reads them on the page: shares in percent, scores to two decimals, counts with their noun. */
final class Format {
    private Format() {}

    /** 0.2771 as "27.7%". */
    static String pct(double share) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }

    /** A score such as NPMI to two decimals ("0.29"); empty when there is none. */
    static String score(Double value) {
        return value == null || !Double.isFinite(value) ? "" : String.format(Locale.ROOT, "%.2f", value);
    }

    /** "1 article", "3 articles". */
    static String articles(long n) {
        return n + (n == 1 ? " article" : " articles");
    }

    /** A mean count to one decimal; a small non-zero mean keeps two, so it does not read as none. */
    static String mean(double value) {
        return String.format(Locale.ROOT, value > 0 && value < 0.05 ? "%.2f" : "%.1f", value);
    }

    /** "3 articles vs baseline 0.2", or "3 articles" when the baseline is unknown. */
    static String againstBaseline(long articles, Double baseline) {
        return articles(articles) + (baseline == null ? "" : " vs baseline " + mean(baseline));
    }
}
