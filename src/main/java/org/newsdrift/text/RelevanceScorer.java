package org.newsdrift.text;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsdrift.text.AliasMatcher.Mention;

/**
 * Scores an article against the subject. Evidence is a sentence, or the title, that names every alias group (a
 * co-mention); the dateline a wire story opens with and credit lines are never evidence ({@link Datelines}), though
 * "here" in a datelined story names the place of filing ("Pyongyang, July 28 (KCNA) -- A Russian delegation arrived
 * here"). Names that are entries of a list of three or more short names ("Russia, China, Iran and North Korea") or
 * of a long enumeration (six or more items between commas, as in a list of greeting senders) do not count. A title
 * naming one side over a lead naming the other counts as one co-mention, and so does a title naming one side over a
 * text that names the other in at least {@value #MIN_FRAMED_SENTENCES} sentences and a third of them (one side's
 * statement about the other). Without a co-mention an article is not relevant, whatever else it names.
 *
 * <p>With one, the score says how much of the article is about the subject: a base of {@value #BASE}, up to
 * {@value #REPEATED} more as co-mentions repeat (full at {@value #FULL_CO_MENTIONS}), up to {@value #COVERAGE} more
 * as the share of sentences naming the less-named side grows (full at a third), and {@value #LEAD} when the title or
 * lead holds a co-mention. One co-mention deep in a long article about something else (a passing mention) stays
 * near the base; the article counts as relevant when its score reaches the subject's {@code min_score}, chosen on
 * the labelled articles of quality/relevance.
 */
public final class RelevanceScorer implements Serializable {
    private static final long serialVersionUID = 2L;
    static final double BASE = 0.5;
    static final double REPEATED = 0.2;
    static final double COVERAGE = 0.3;
    static final double LEAD = 0.1;
    /** Sentences of the text after the title that make its lead. */
    static final int LEAD_SENTENCES = 1;
    /** The score of an article that names every group, but never in one sentence. */
    static final double APART = 0.3;
    /** The score of an article that names some groups only. */
    static final double ONE_SIDE = 0.1;

    static final int FULL_CO_MENTIONS = 3;
    static final double FULL_SHARE = 1 / 3.0;
    /** Sentences that must name the other side of a text whose headline names one side only. */
    static final int MIN_FRAMED_SENTENCES = 3;
    /** Words that, in a datelined story, stand for the place of filing: "arrived here", "прибыла здесь". */
    private static final Pattern HERE = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:here|здесь)(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern URL = Pattern.compile("(?i)(?:https?://|www\\.)[^\\s)\\]>]+");
    private static final int MAX_EVIDENCE_CHARS = 400;

    private final AliasMatcher matcher;
    private final double minScore;

    public RelevanceScorer(AliasMatcher matcher, double minScore) {
        this.matcher = matcher;
        this.minScore = minScore;
    }

    public RelevanceResult score(String title, String text) {
        List<String> groups = matcher.groupNames();
        Set<String> entityIds = new TreeSet<>();
        Map<String, Integer> sentencesNaming = new HashMap<>();
        boolean hasTitle = title != null && !title.isBlank();
        List<String> sentences = ArticleSentences.of(title, text);
        // "Here" in a story datelined Pyongyang names Pyongyang, as the dateline itself must not.
        String place = Datelines.place(text);
        Set<String> placeGroups = place == null ? Set.of() : namedGroups(matcher.find(place), groups);
        int leadEnd = (hasTitle ? 1 : 0) + LEAD_SENTENCES;
        int coMentions = 0;
        boolean inLead = false;
        Set<String> headline = new HashSet<>();
        Set<String> titled = new HashSet<>();
        String evidence = null;
        String fallback = null;
        int fallbackGroups = 0;
        List<Set<String>> namedBySentence = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            String sentence = sentences.get(i);
            List<Mention> mentions = ListMentions.outsideLists(sentence, mentions(sentence));
            Set<String> named = namedGroups(mentions, groups);
            boolean deictic = !placeGroups.isEmpty()
                    && !placeGroups.equals(named)
                    && HERE.matcher(sentence).find();
            if (deictic) {
                named.addAll(placeGroups);
            }
            namedBySentence.add(named);
            if (named.isEmpty()) {
                continue;
            }
            mentions.forEach(m -> entityIds.add(m.entityId()));
            named.forEach(g -> sentencesNaming.merge(g, 1, Integer::sum));
            if (named.size() == groups.size()) {
                coMentions++;
                inLead |= i < leadEnd;
                evidence = evidence == null ? sentence : evidence;
            } else {
                if (i < leadEnd) {
                    headline.addAll(named);
                }
                if (i == 0 && hasTitle) {
                    titled.addAll(named);
                }
                if (named.size() > fallbackGroups) {
                    fallback = sentence;
                    fallbackGroups = named.size();
                }
            }
        }
        // A headline naming one side over a lead naming the other states the story as one sentence would.
        if (coMentions == 0 && hasTitle && headline.size() == groups.size()) {
            coMentions = 1;
            inLead = true;
            evidence = sentences.get(0);
        }
        // A title naming one side over a text much of which names the other: one side's statement about the other
        // ("Press Statement of Minister of National Defence of DPRK" on a Russian city attacked). The title frames the
        // whole text, so its side counts as named throughout.
        Set<String> framed = Set.of();
        if (coMentions == 0
                && !titled.isEmpty()
                && groups.stream()
                        .allMatch(g -> titled.contains(g)
                                || sentencesNaming.getOrDefault(g, 0)
                                        >= Math.max(MIN_FRAMED_SENTENCES, FULL_SHARE * sentences.size()))) {
            coMentions = 1;
            framed = titled;
            int first = 0;
            while (first < sentences.size() && titled.containsAll(namedBySentence.get(first))) {
                first++;
            }
            evidence = sentences.get(first < sentences.size() ? first : 0);
        }
        double score;
        if (coMentions > 0) {
            Set<String> throughout = framed;
            int rarer = groups.stream()
                    .filter(g -> !throughout.contains(g))
                    .mapToInt(g -> sentencesNaming.getOrDefault(g, 0))
                    .min()
                    .orElse(sentences.size());
            double repeated = Math.min(1.0, (coMentions - 1) / (double) (FULL_CO_MENTIONS - 1));
            double share = Math.min(1.0, rarer / (double) sentences.size() / FULL_SHARE);
            // Rounded to six places, so that 0.5 + 0.3 * 1.0 reaches a min_score of 0.8 as written (unrounded it is
            // 0.7999999999999999).
            score = Math.rint(Math.min(1.0, BASE + REPEATED * repeated + COVERAGE * share + (inLead ? LEAD : 0)) * 1e6)
                    / 1e6;
        } else {
            score = sentencesNaming.size() == groups.size() ? APART : sentencesNaming.isEmpty() ? 0 : ONE_SIDE;
        }
        boolean relevant = coMentions > 0 && score >= minScore;
        return new RelevanceResult(
                relevant, score, List.copyOf(entityIds), truncate(evidence != null ? evidence : fallback));
    }

    /**
     * The alias mentions of a sentence outside its web addresses: a link's path ("…/putin-kursk-assault-ukraine-trump-
     * north-korea/", "bbc.com/russian") is no mention. Addresses are blanked, so offsets stay those of the sentence.
     */
    private List<Mention> mentions(String sentence) {
        Matcher url = URL.matcher(sentence);
        if (!url.find()) {
            return matcher.find(sentence);
        }
        StringBuilder masked = new StringBuilder(sentence);
        do {
            for (int i = url.start(); i < url.end(); i++) {
                masked.setCharAt(i, ' ');
            }
        } while (url.find());
        return matcher.find(masked.toString());
    }

    /** The groups the mentions name, a pair naming every group. */
    private static Set<String> namedGroups(List<Mention> mentions, List<String> groups) {
        Set<String> here = new HashSet<>();
        for (Mention mention : mentions) {
            for (String group : groups) {
                if (mention.names(group)) {
                    here.add(group);
                }
            }
        }
        return here;
    }

    private static String truncate(String sentence) {
        if (sentence == null || sentence.length() <= MAX_EVIDENCE_CHARS) {
            return sentence;
        }
        return sentence.substring(0, MAX_EVIDENCE_CHARS - 1) + "\u2026";
    }
}
