package org.newsdrift.clean.dedupe;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.DoubleSummaryStatistics;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A labelled near-duplicate test set built from distinct archive articles: bases, four kinds of wire copy of
 * some of them, same-event pairs (high word overlap, low shingle overlap) and pairs of different articles that
 * quote one statement. Every random choice comes from the given {@link Random}.
 */
final class NearDuplicateTestSet {
    static final int BASES = 300;
    static final int FAMILIES = 100;
    static final int QUOTE_PAIRS = 5;
    static final int MIN_WORDS = 150;
    static final List<String> KINDS = List.of("headline", "trimmed", "chrome", "paragraph");

    record Source(String title, String text, LocalDate date) {}

    record Article(String id, String text, LocalDate date) {}

    private final List<Article> articles = new ArrayList<>();
    private final Map<String, String> family = new LinkedHashMap<>();
    private final Map<String, int[]> shingles = new HashMap<>();
    private final List<List<String>> sameEventPairs = new ArrayList<>();
    private final List<List<String>> quotePairs = new ArrayList<>();
    private final Map<String, List<List<String>>> copyPairs = new LinkedHashMap<>();
    private int families;

    private NearDuplicateTestSet() {}

    static NearDuplicateTestSet build(List<Source> distinctTexts, Random random) {
        NearDuplicateTestSet set = new NearDuplicateTestSet();
        List<Source> pool = distinctOnly(distinctTexts.stream()
                .filter(s -> Shingles.tokens(s.text()).size() >= MIN_WORDS)
                .toList());
        List<List<Integer>> sameEvent = sameEventPairs(pool, 15);
        Set<Integer> used = new HashSet<>();
        List<Integer> bases = new ArrayList<>();
        for (List<Integer> pair : sameEvent) {
            bases.addAll(pair);
            used.addAll(pair);
            set.sameEventPairs.add(List.of(id(pair.get(0)), id(pair.get(1))));
        }
        List<Integer> rest = new ArrayList<>();
        for (int i = 0; i < pool.size(); i++) {
            if (!used.contains(i)) {
                rest.add(i);
            }
        }
        Collections.shuffle(rest, random);
        List<Integer> others = new ArrayList<>(rest.subList(0, BASES - bases.size()));
        bases.addAll(others);
        List<Integer> spare = new ArrayList<>(rest.subList(others.size(), rest.size()));
        for (int i : bases) {
            set.add(id(i), pool.get(i).text(), pool.get(i).date(), id(i));
        }

        List<Integer> withCopies = others.stream()
                .filter(i -> paragraphs(pool.get(i).text()).size() >= 3)
                .limit(FAMILIES)
                .toList();
        set.families = withCopies.size();
        for (int i : withCopies) {
            Source source = pool.get(i);
            String replacement = longestParagraph(
                    pool.get(spare.get(random.nextInt(spare.size()))).text());
            for (String kind : KINDS) {
                String copyId = id(i) + "-" + kind;
                set.add(
                        copyId,
                        copy(kind, source, replacement, random),
                        source.date().plusDays(random.nextInt(3)),
                        id(i));
                set.copyPairs.computeIfAbsent(kind, k -> new ArrayList<>()).add(List.of(id(i), copyId));
            }
        }

        for (int q = 0; q < QUOTE_PAIRS; q++) {
            List<String> quoteWords =
                    List.of(pool.get(spare.remove(spare.size() - 1)).text().split("\\s+"));
            int from = random.nextInt(Math.max(1, quoteWords.size() - 40));
            String quote =
                    "\"" + String.join(" ", quoteWords.subList(from, Math.min(quoteWords.size(), from + 40))) + "\"";
            List<String> pair = new ArrayList<>();
            for (int side = 0; side < 2; side++) {
                Source body = pool.get(spare.remove(spare.size() - 1));
                List<String> paragraphs = new ArrayList<>(paragraphs(body.text()));
                paragraphs.add(Math.min(1, paragraphs.size()), "The statement said: " + quote);
                String quoteId = "quote-" + q + "-" + side;
                set.add(quoteId, String.join("\n", paragraphs), body.date(), quoteId);
                pair.add(quoteId);
            }
            set.quotePairs.add(pair);
        }
        return set;
    }

    /** Drops later articles whose shingle Jaccard with a kept one is 0.3 or more: revisions, not labelled data. */
    private static List<Source> distinctOnly(List<Source> sources) {
        List<Source> kept = new ArrayList<>();
        List<int[]> keptShingles = new ArrayList<>();
        for (Source source : sources) {
            int[] hashes = Shingles.hashes(source.text(), Shingles.DEFAULT_SIZE);
            boolean distinct = true;
            for (int k = 0; k < keptShingles.size() && distinct; k++) {
                distinct = Jaccard.similarity(keptShingles.get(k), hashes) < 0.3;
            }
            if (distinct) {
                kept.add(source);
                keptShingles.add(hashes);
            }
        }
        return kept;
    }

    /** Disjoint pairs with the highest word-set overlap (at least 0.4): same events, names and dates. */
    private static List<List<Integer>> sameEventPairs(List<Source> pool, int limit) {
        List<int[]> words = pool.stream().map(s -> Shingles.hashes(s.text(), 1)).toList();
        List<double[]> candidates = new ArrayList<>();
        for (int i = 0; i < pool.size(); i++) {
            for (int j = i + 1; j < pool.size(); j++) {
                double overlap = Jaccard.similarity(words.get(i), words.get(j));
                if (overlap >= 0.4) {
                    candidates.add(new double[] {overlap, i, j});
                }
            }
        }
        candidates.sort(Comparator.comparingDouble((double[] c) -> -c[0]));
        Set<Integer> taken = new HashSet<>();
        List<List<Integer>> pairs = new ArrayList<>();
        for (double[] c : candidates) {
            int i = (int) c[1];
            int j = (int) c[2];
            if (pairs.size() < limit && taken.add(i) && taken.add(j)) {
                pairs.add(List.of(i, j));
            }
        }
        return pairs;
    }

    private static String copy(String kind, Source source, String replacement, Random random) {
        String text = source.text();
        return switch (kind) {
            case "headline" -> {
                List<String> words = Shingles.tokens(source.title());
                Collections.shuffle(words, random);
                yield "WIRE -- "
                        + String.join(" ", words.subList(0, Math.min(6, words.size())))
                                .toUpperCase() + " (Update " + (1 + random.nextInt(3)) + ")\n" + text;
            }
            case "trimmed" -> {
                String[] words = text.split(" ");
                yield String.join(" ", List.of(words).subList(0, (int) Math.round(words.length * 0.85)));
            }
            case "chrome" ->
                "Home | World | Asia-Pacific | Korean Peninsula\nShare this article: Facebook Twitter Email\n"
                        + text
                        + "\nAdvertisement\nCopyright 2024 Wire Service. All rights reserved. Subscribe to our daily"
                        + " newsletter for more news from the Korean Peninsula.\nRelated: more on North Korea";
            case "paragraph" -> {
                List<String> paragraphs = new ArrayList<>(paragraphs(text));
                paragraphs.set(1 + random.nextInt(paragraphs.size() - 1), replacement);
                yield String.join("\n", paragraphs);
            }
            default -> throw new IllegalArgumentException("Cannot copy: unknown kind (" + kind + ")");
        };
    }

    private static List<String> paragraphs(String text) {
        return List.of(text.split("\n+")).stream().filter(p -> !p.isBlank()).toList();
    }

    private static String longestParagraph(String text) {
        return paragraphs(text).stream()
                .max(Comparator.comparingInt(String::length))
                .orElse(text);
    }

    private static String id(int poolIndex) {
        return String.format("kcna-%04d", poolIndex);
    }

    private void add(String id, String text, LocalDate date, String familyId) {
        articles.add(new Article(id, text, date));
        family.put(id, familyId);
        shingles.put(id, Shingles.hashes(text, Shingles.DEFAULT_SIZE));
    }

    List<Article> articles() {
        return articles;
    }

    /** Each article's family: its original's id for a copy, its own id otherwise. */
    Map<String, String> family() {
        return family;
    }

    int families() {
        return families;
    }

    List<List<String>> sameEventPairs() {
        return sameEventPairs;
    }

    List<List<String>> quotePairs() {
        return quotePairs;
    }

    /** (original, copy) pairs of one kind. */
    List<List<String>> copyPairs(String kind) {
        return copyPairs.get(kind);
    }

    Map<String, String> similarityByKind() {
        Map<String, String> stats = new LinkedHashMap<>();
        copyPairs.forEach((kind, pairs) -> stats.put(kind, similarityOf(pairs)));
        return stats;
    }

    /** Min, mean and max exact shingle Jaccard of the pairs. */
    String similarityOf(List<List<String>> pairs) {
        DoubleSummaryStatistics stats = pairs.stream()
                .mapToDouble(p -> Jaccard.similarity(shingles.get(p.get(0)), shingles.get(p.get(1))))
                .summaryStatistics();
        return String.format("Jaccard min %.3f mean %.3f max %.3f", stats.getMin(), stats.getAverage(), stats.getMax());
    }
}
