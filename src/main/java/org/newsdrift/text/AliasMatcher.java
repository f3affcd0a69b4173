package org.newsdrift.text;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsdrift.config.SubjectConfig;
import org.newsdrift.config.SubjectConfig.AliasGroup;
import org.newsdrift.config.SubjectConfig.Entity;

/**
 * Finds the subject's entities in text. Forms match case-insensitively on word boundaries; spaces and hyphens in
 * a form match each other; a trailing {@code *} on a word matches any ending. Korean attaches particles to the
 * noun and writes compounds without spaces, so a form in Hangul matches where it starts and ends on morpheme
 * boundaries ({@link KoreanWords}): in 러시아와 and 러시아군, not in 러시아워; a form in Han script matches where no
 * other Han character touches it.
 * The subject's pairs (forms that name every group at once, such as 북러) are mentions of the group {@link #PAIR}.
 *
 * <p>Every match of a form starts with the form's first word, so an entity's pattern is tried only where one of
 * its cues (the literal first words, compared without case) occurs: most texts name few of the subject's entities,
 * and a substring search is much cheaper than a case-insensitive pattern tried at every position.
 */
public final class AliasMatcher implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String SEPARATOR = "[\\s\\-\u2010\u2011\u2012\u2013]+";
    private static final String NOT_WORD_BEFORE = "(?<![\\p{L}\\p{N}])";
    private static final String NOT_WORD_AFTER = "(?![\\p{L}\\p{N}])";
    private static final String NOT_HAN_BEFORE = "(?<!\\p{IsHan})";
    private static final String NOT_HAN_AFTER = "(?!\\p{IsHan})";
    /** The group of a mention of one of the subject's pairs: it names every group. */
    public static final String PAIR = "*";

    private final List<CompiledEntity> entities;
    private final List<String> groupNames;

    public AliasMatcher(SubjectConfig subject) {
        List<CompiledEntity> compiled = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (AliasGroup group : subject.groups()) {
            names.add(group.name());
            for (Entity entity : group.entities()) {
                compiled.add(
                        new CompiledEntity(entity.id(), group.name(), compile(entity.forms()), cues(entity.forms())));
            }
        }
        for (Entity pair : subject.pairs()) {
            compiled.add(new CompiledEntity(pair.id(), PAIR, compile(pair.forms()), cues(pair.forms())));
        }
        this.entities = List.copyOf(compiled);
        this.groupNames = List.copyOf(names);
    }

    /** A form of {@code entityId} (a member of {@code group}) found at {@code [start, end)}. */
    public record Mention(String entityId, String group, int start, int end) {
        /** Whether this mention names {@code name}: its own group, or every group for a pair. */
        public boolean names(String name) {
            return group.equals(name) || group.equals(PAIR);
        }
    }

    public List<String> groupNames() {
        return groupNames;
    }

    /** Every mention in {@code text}, in text order; where two overlap, the one that starts first and is longest. */
    public List<Mention> find(String text) {
        String folded = fold(text);
        // Positions in the folded text are positions in the text when folding keeps every code point's length, as it
        // does for all of Java 17's code points; checked per text rather than relied on.
        boolean aligned = folded.length() == text.length();
        List<Mention> all = new ArrayList<>();
        for (CompiledEntity entity : entities) {
            if (aligned && !entity.cues.contains("")) {
                addAtCues(entity, text, folded, all);
            } else if (entity.cues.stream().anyMatch(folded::contains)) {
                addEverywhere(entity, text, all);
            }
        }
        return leftmostLongest(all);
    }

    /** As {@link #find}, trying every pattern at every position of the text: the reference the cues must agree with. */
    List<Mention> findEverywhere(String text) {
        List<Mention> all = new ArrayList<>();
        for (CompiledEntity entity : entities) {
            addEverywhere(entity, text, all);
        }
        return leftmostLongest(all);
    }

    /** The entity's matches, as successive {@link Matcher#find} calls give them, tried only where a cue starts. */
    private static void addAtCues(CompiledEntity entity, String text, String folded, List<Mention> out) {
        TreeSet<Integer> starts = new TreeSet<>();
        for (String cue : entity.cues) {
            for (int at = folded.indexOf(cue); at >= 0; at = folded.indexOf(cue, at + 1)) {
                starts.add(at);
            }
        }
        // Transparent bounds: the look-behind at a form's start sees the text before the region.
        Matcher matcher =
                entity.pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int end = 0;
        for (int start : starts) {
            if (start >= end
                    && matcher.region(start, text.length()).lookingAt()
                    && isWord(text, matcher.start(), matcher.end())) {
                out.add(new Mention(entity.id, entity.group, matcher.start(), matcher.end()));
                end = matcher.end();
            }
        }
    }

    private static void addEverywhere(CompiledEntity entity, String text, List<Mention> out) {
        Matcher matcher = entity.pattern.matcher(text);
        while (matcher.find()) {
            if (isWord(text, matcher.start(), matcher.end())) {
                out.add(new Mention(entity.id, entity.group, matcher.start(), matcher.end()));
            }
        }
    }

    /** Latin and Cyrillic patterns check word boundaries themselves; Hangul needs Korean morphology. */
    private static boolean isWord(String text, int start, int end) {
        return Character.UnicodeScript.of(text.codePointAt(start)) != Character.UnicodeScript.HANGUL
                || KoreanWords.isWhole(text, start, end);
    }

    private static List<Mention> leftmostLongest(List<Mention> all) {
        all.sort(Comparator.comparingInt(Mention::start)
                .thenComparing(Comparator.comparingInt(Mention::end).reversed()));
        List<Mention> kept = new ArrayList<>();
        int covered = -1;
        for (Mention mention : all) {
            if (mention.start() >= covered) {
                kept.add(mention);
                covered = mention.end();
            }
        }
        return kept;
    }

    /** {@code text} with every mention replaced by its entity id, so that analyzers see one token per entity. */
    public String canonicalize(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (Mention mention : find(text)) {
            out.append(text, at, mention.start())
                    .append(' ')
                    .append(mention.entityId())
                    .append(' ');
            at = mention.end();
        }
        return out.append(text, at, text.length()).toString();
    }

    static Pattern compile(List<String> forms) {
        List<String> alternatives = new ArrayList<>();
        forms.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .forEach(f -> alternatives.add(formRegex(f)));
        return Pattern.compile(String.join("|", alternatives), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    static String formRegex(String form) {
        String trimmed = form.strip();
        if (isHangulOrHan(trimmed)) {
            // Korean and Japanese attach particles to a noun, so only Han characters bound a Han form: 北 is North Korea
            // in 北, and 北은 but not in 北京.
            return NOT_HAN_BEFORE + Pattern.quote(trimmed.replace("*", "")) + NOT_HAN_AFTER;
        }
        List<String> words = new ArrayList<>();
        for (String word : trimmed.split(SEPARATOR)) {
            words.add(
                    word.endsWith("*")
                            ? Pattern.quote(word.substring(0, word.length() - 1)) + "[\\p{L}\\p{M}]*"
                            : Pattern.quote(word));
        }
        return "(?:" + NOT_WORD_BEFORE + String.join(SEPARATOR, words) + NOT_WORD_AFTER + ")";
    }

    /**
     * What any match of a form starts with, case folded: the form's first word without its {@code *}; or, when a
     * form has no such word, the empty string, which every position of a text starts with.
     */
    static List<String> cues(List<String> forms) {
        List<String> cues = new ArrayList<>();
        for (String form : forms) {
            String trimmed = form.strip();
            String first = isHangulOrHan(trimmed) ? trimmed.replace("*", "") : trimmed.split(SEPARATOR)[0];
            cues.add(fold(first.endsWith("*") ? first.substring(0, first.length() - 1) : first));
        }
        return List.copyOf(cues);
    }

    /**
     * Each code point mapped to the lower case of its upper case, as a {@code CASE_INSENSITIVE | UNICODE_CASE} pattern
     * compares them, so a text such a pattern matches contains the folded literal ({@code String.toLowerCase} would
     * not do: it turns "İ" into two chars).
     */
    static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> out.appendCodePoint(Character.toLowerCase(Character.toUpperCase(cp))));
        return out.toString();
    }

    private static boolean isHangulOrHan(String form) {
        return form.codePoints().anyMatch(cp -> {
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            return script == Character.UnicodeScript.HANGUL || script == Character.UnicodeScript.HAN;
        });
    }

    private record CompiledEntity(String id, String group, Pattern pattern, List<String> cues)
            implements Serializable {}
}
