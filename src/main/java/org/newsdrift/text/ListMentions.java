package org.newsdrift.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsdrift.text.AliasMatcher.Mention;

/**
 * Sets aside alias mentions that are entries of a list: a name in a list of short names ("Russia, China, Iran and
 * North Korea") or in a long enumeration is one of many and says nothing of how the two sides relate.
 */
final class ListMentions {
    /** What may stand between two names of a list: commas, conjunctions, slashes and middle dots. */
    private static final Pattern LIST_SEPARATOR =
            Pattern.compile("\\s*(?:[,;/\u00b7\u30fb\u3001]|\\s(?:and|or|и|или|та|і|й|및|와|과)\\s)\\s*");

    private static final Pattern PUNCTUATION = Pattern.compile("[,;/\u00b7\u30fb\u3001]");
    private static final Pattern HAS_COMMA = Pattern.compile("[,\u00b7\u30fb\u3001]");
    private static final int LIST_ITEM_WORDS = 3;
    static final int ENUMERATION_ITEMS = 6;
    private static final int ENUMERATION_ITEM_WORDS = 12;
    private static final Pattern ENUMERATION_SEPARATOR = Pattern.compile("[,;\u3001]");

    private ListMentions() {}

    /**
     * The mentions that are neither entries of a long enumeration ({@link #outsideEnumerations}) nor of a list of short
     * names ({@link #isListEntry}). A pair always counts.
     */
    static List<Mention> outsideLists(String sentence, List<Mention> mentions) {
        List<Mention> kept = new ArrayList<>();
        for (Mention mention : outsideEnumerations(sentence, mentions)) {
            if (mention.group().equals(AliasMatcher.PAIR) || !isListEntry(sentence, mention)) {
                kept.add(mention);
            }
        }
        return kept;
    }

    /**
     * The mentions that are not entries of a long enumeration: in a sentence of {@value #ENUMERATION_ITEMS} or more
     * items between commas or semicolons, a name in a short item is one of many ("greetings came from the chairman of
     * the Pakistani Association ..., the first secretary of the Communist Party of Russia, ...") and says nothing of
     * how the two sides relate.
     */
    static List<Mention> outsideEnumerations(String sentence, List<Mention> mentions) {
        List<Integer> cuts = new ArrayList<>();
        Matcher separator = ENUMERATION_SEPARATOR.matcher(sentence);
        while (separator.find()) {
            cuts.add(separator.start());
        }
        if (cuts.size() + 1 < ENUMERATION_ITEMS) {
            return mentions;
        }
        cuts.add(sentence.length());
        List<Mention> kept = new ArrayList<>();
        for (Mention mention : mentions) {
            int item = 0;
            while (cuts.get(item) < mention.start()) {
                item++;
            }
            int from = item == 0 ? 0 : cuts.get(item - 1) + 1;
            String words =
                    sentence.substring(from, Math.max(from, cuts.get(item))).strip();
            if (mention.group().equals(AliasMatcher.PAIR) || words.split("\\s+").length > ENUMERATION_ITEM_WORDS) {
                kept.add(mention);
            }
        }
        return kept;
    }

    /**
     * Whether the mention is an entry of a list of three or more short names ("Russia, China, Iran and North Korea",
     * "트럼프·시진핑·김정은"): the text splits at list separators into items, the list is a run of items whose inner ones
     * have at most {@value #LIST_ITEM_WORDS} words (its first item is the end of what comes before, its last the start
     * of what follows), and at least one separator is a comma or middle dot.
     */
    static boolean isListEntry(String sentence, Mention mention) {
        List<String> items = new ArrayList<>();
        List<Boolean> commaAfter = new ArrayList<>();
        List<Boolean> conjunctionAfter = new ArrayList<>();
        Matcher separator = LIST_SEPARATOR.matcher(sentence);
        int from = 0;
        int at = -1;
        String before = null;
        String after = null;
        while (separator.find()) {
            if (separator.start() < mention.end() && separator.end() > mention.start()) {
                return false;
            }
            if (at < 0 && separator.start() >= mention.end()) {
                at = items.size();
                before = sentence.substring(from, mention.start());
                after = sentence.substring(mention.end(), separator.start());
            }
            items.add(sentence.substring(from, separator.start()));
            commaAfter.add(HAS_COMMA.matcher(separator.group()).find());
            conjunctionAfter.add(!PUNCTUATION.matcher(separator.group()).find());
            from = separator.end();
        }
        items.add(sentence.substring(from));
        if (at < 0) {
            at = items.size() - 1;
            before = sentence.substring(from, mention.start());
            after = sentence.substring(mention.end());
        }
        int left = 0;
        for (int j = at - 1; j >= 0; j--) {
            left++;
            if (!isShort(items.get(j))) {
                break;
            }
        }
        int right = 0;
        for (int j = at + 1; j < items.size(); j++) {
            right++;
            if (!isShort(items.get(j))) {
                break;
            }
        }
        int first;
        int last;
        if (isShort(items.get(at)) && words(before) + words(after) <= 1) {
            first = at - left;
            last = at + right;
        } else if (words(after) + 1 <= LIST_ITEM_WORDS) {
            first = at;
            last = at + right;
        } else if (words(before) + 1 <= LIST_ITEM_WORDS) {
            first = at - left;
            last = at;
        } else {
            return false;
        }
        // A conjunction closes a list at the item after it: in "Russia, China, Iran and the DPRK, he said" the list
        // ends at "the DPRK", and "between Russia and the DPRK, signed in June" is a pair, not a list of three.
        for (int j = first; j < last; j++) {
            if (conjunctionAfter.get(j)) {
                if (at <= j + 1) {
                    last = j + 1;
                    break;
                }
                first = j + 1;
            }
        }
        return last - first + 1 >= 3 && commaAfter.subList(first, last).contains(true);
    }

    /**
     * Whether an item is short enough to be a name in a list, and looks like one: it has a capital letter, or no
     * letters with case at all (Hangul), so that a short clause ("signed in June", "по его словам") is no list item.
     */
    private static boolean isShort(String item) {
        int words = words(item);
        return words > 0
                && words <= LIST_ITEM_WORDS
                && (item.chars().anyMatch(Character::isUpperCase)
                        || item.chars().noneMatch(Character::isLowerCase));
    }

    private static int words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }
}
