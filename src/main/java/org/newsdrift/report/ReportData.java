package org.newsdrift.report;

import java.util.List;

/**
 * The small aggregates a report shows, collected from the tables by {@link ReportStep}; plain values, so the page
 * can be rendered and tested without Spark.
 *
 * @param subject the subject's name and description
 * @param tables where the tables are
 * @param granularity the period of the charts (week when the tables have it)
 * @param coverage attention per period over all sources and languages, oldest first
 * @param sources articles per source and language over all periods
 * @param spikes the periods of highest attention, highest first, with their terms and themes
 * @param modelVersion the topic model of the latest run, or null when none was fitted
 * @param topics that model's topics
 * @param topicTrend the topics' prevalence per period, in the order of {@code topics}
 * @param bursts the largest bursts
 * @param burstWindow the periods a burst is measured against (the run's {@code tfidf.burst_window}), or null when
 *     unknown
 * @param runs the latest runs, newest first
 * @param records what became of the latest run's records
 * @param rejects the latest run's rejects by reason
 */
public record ReportData(
        String subject,
        String tables,
        String granularity,
        List<CoveragePoint> coverage,
        List<SourceCount> sources,
        List<Spike> spikes,
        String modelVersion,
        List<Topic> topics,
        Trend topicTrend,
        List<Burst> bursts,
        Integer burstWindow,
        List<RunRow> runs,
        List<Count> records,
        List<Count> rejects) {

    public ReportData {
        coverage = List.copyOf(coverage);
        sources = List.copyOf(sources);
        spikes = List.copyOf(spikes);
        topics = List.copyOf(topics);
        bursts = List.copyOf(bursts);
        runs = List.copyOf(runs);
        records = List.copyOf(records);
        rejects = List.copyOf(rejects);
    }

    /** One period of attention: relevant over all articles, with its 95% Wilson interval. */
    public record CoveragePoint(
            String period, long articles, long relevant, double attention, double low, double high) {}

    public record SourceCount(String source, String language, long articles, long relevant) {}

    /** A period of high attention, with its top terms (subject entities left out), main topics and articles. */
    public record Spike(CoveragePoint point, List<String> terms, List<String> themes, ArticleList articles) {
        public Spike {
            terms = List.copyOf(terms);
            themes = List.copyOf(themes);
        }
    }

    /**
     * A topic of the model: label, top terms as written (the stem where no form is known), coherence (NPMI, null when
     * not measured), the articles it is the main topic of (how many, and the ones of highest weight) and its highest
     * weight in any article (null when unknown).
     */
    public record Topic(
            int id,
            String label,
            List<String> terms,
            Double npmi,
            long dominantArticles,
            Double maxWeight,
            ArticleList articles) {
        public Topic {
            terms = List.copyOf(terms);
        }

        /** True when no article has this topic as its main topic: there is nothing typical to show. */
        public boolean empty() {
            return dominantArticles == 0;
        }
    }

    /** An article as a reader finds it: title, outlet, publication day and address (each may be null). */
    public record ArticleRef(String title, String source, String date, String url) {}

    /** The first articles of a longer list, and how long the list is. */
    public record ArticleList(List<ArticleRef> shown, long total) {
        public ArticleList {
            shown = List.copyOf(shown);
            total = Math.max(total, shown.size());
        }

        public static ArticleList none() {
            return new ArticleList(List.of(), 0);
        }

        /** Articles of the list that are not shown. */
        public long more() {
            return total - shown.size();
        }
    }

    /**
     * Named series over the same periods, and what each period's values are shares of (e.g. articles scored); a null
     * value is a period the series has no value for.
     */
    public record Trend(List<String> periods, List<String> names, List<List<Double>> values, List<Long> counts) {
        public Trend {
            periods = List.copyOf(periods);
            names = List.copyOf(names);
            values = values.stream()
                    .map(v -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(v)))
                    .toList();
            counts = List.copyOf(counts);
        }

        public static Trend empty() {
            return new Trend(List.of(), List.of(), List.of(), List.of());
        }
    }

    /**
     * A term's largest burst: its period, z score, articles of the period with the term, the mean such articles per
     * period over the window before (null when unknown) and those articles.
     */
    /** {@code shown}: the term's written form ("ministry"), or the term when none is known. */
    public record Burst(
            String term,
            String shown,
            String period,
            double burstZ,
            long docFreq,
            Double baseline,
            ArticleList articles) {}

    public record RunRow(
            String runDate,
            String startedAt,
            String status,
            Long recordsRead,
            Long accepted,
            Long rejected,
            Long duplicates,
            Long relevant,
            String modelVersion,
            String message) {}

    public record Count(String name, long count) {}
}
