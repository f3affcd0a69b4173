package org.newsdrift.text;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a news text that say who filed it rather than what happened: the dateline that opens a wire story
 * ("Pyongyang, August 2 (KCNA) --", "MOSCOW, Nov 5 (Reuters) -", "(서울=연합뉴스) 홍길동 기자 =",
 * "СЕУЛ, 5 ноября. /ТАСС/.") and credit lines (an e-mail address, a copyright or reprint notice). A dateline names
 * the place of filing, so it must never count as a mention of the subject.
 */
public final class Datelines {
    private static final String DASH = "(?:--|[\u2014\u2013-])";
    private static final String PLACE = "\\p{Lu}[\\p{L}.'\u2019 -]{1,40}";
    // Each opening captures the place of filing as the group "place".
    private static final List<Pattern> OPENINGS = List.of(
            // Place, date (Agency) --    and    Place (Agency) --
            Pattern.compile("^\\s*(?<place>" + PLACE + ")(?:,\\s+[^()\\n]{1,40}?)?\\s*\\([^()\\n]{1,30}\\)\\s*" + DASH
                    + "\\s*"),
            // PLACE, date --   (the place in capitals, as agencies write it)
            Pattern.compile("^\\s*(?<place>\\p{Lu}[\\p{Lu}.' -]{1,40}),\\s+[^\\n]{1,40}?\\s" + DASH + "\\s+"),
            // (서울=연합뉴스) 홍길동 기자 =    and    [평양=AP/뉴시스]
            Pattern.compile(
                    "^\\s*[\\[(\u3010](?<place>[^\\])\u3011\\n=]{1,30})=[^\\])\u3011\\n]{1,30}[\\])\u3011]\\s*(?:[^\\n=]{1,40}?=\\s*)?"),
            // МОСКВА, 5 ноября. /ТАСС/.    and    КИЕВ, 5 ноября - РИА Новости.
            Pattern.compile("^\\s*(?<place>\\p{Lu}[\\p{Lu} -]{1,30}),\\s+\\d{1,2}\\s+\\p{L}+\\.?\\s*(?:/[^/\\n]{1,30}/|"
                    + DASH + "\\s+[^.\\n]{1,30})\\.?\\s*"));
    private static final Pattern CREDIT = Pattern.compile(
            "[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+|[\u24d2\u00a9]|(?i:copyright|all rights reserved)|무단\\s*전재|재배포\\s*금지");

    private Datelines() {}

    /** {@code text} without the dateline it opens with, if any. */
    public static String strip(String text) {
        Matcher dateline = dateline(text);
        return dateline == null ? text : text.substring(dateline.end());
    }

    /** The place of filing named by the dateline {@code text} opens with ("Pyongyang", "서울"), or null. */
    public static String place(String text) {
        Matcher dateline = dateline(text);
        return dateline == null ? null : dateline.group("place").strip();
    }

    private static Matcher dateline(String text) {
        if (text == null) {
            return null;
        }
        for (Pattern opening : OPENINGS) {
            Matcher matcher = opening.matcher(text);
            if (matcher.lookingAt() && matcher.end() < text.length()) {
                return matcher;
            }
        }
        return null;
    }

    /** Whether {@code sentence} is a credit line: an e-mail address, a copyright or reprint notice. */
    public static boolean isCredit(String sentence) {
        return CREDIT.matcher(sentence).find();
    }
}
