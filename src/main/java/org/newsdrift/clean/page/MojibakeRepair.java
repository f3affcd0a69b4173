package org.newsdrift.clean.page;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Undoes the commonest mis-decoding of scraped text: UTF-8 bytes read as windows-1252 ({@code GÃ¤rten},
 * {@code Hereâ€™s}). A line is re-read only when it carries such a pair of characters and its windows-1252 bytes are
 * well-formed UTF-8; any other line, and any line that text in those languages could hold, is left as it is.
 */
final class MojibakeRepair {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** A UTF-8 lead byte read as windows-1252, then a continuation byte read the same way. */
    private static final Pattern SUSPECT = Pattern.compile("[\\u00C2-\\u00F4][\\u0080-\\u00BF\\u0152\\u0153\\u0160"
            + "\\u0161\\u0178\\u017D\\u017E\\u0192\\u02C6\\u02DC\\u2013\\u2014\\u2018-\\u201E\\u2020-\\u2022\\u2026\\u2030"
            + "\\u2039\\u203A\\u20AC\\u2122]");

    private MojibakeRepair() {}

    /** {@code line} as its writer meant it, when it is UTF-8 mis-read as windows-1252; else {@code line} itself. */
    static String repair(String line) {
        if (!SUSPECT.matcher(line).find()) {
            return line;
        }
        try {
            ByteBuffer bytes = WINDOWS_1252
                    .newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(line));
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes)
                    .toString();
        } catch (CharacterCodingException e) {
            return line; // not windows-1252 text, or not UTF-8 underneath: written as it stands
        }
    }
}
