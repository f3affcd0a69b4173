package org.newsdrift.evaluation;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsdrift.ingest.PageDecoder;

/**
 * Finds text decoded with the wrong charset: U+FFFD, or a word whose characters, encoded back in a single-byte
 * charset a page may declare (windows-1252, ISO-8859-1, windows-1251), are well-formed UTF-8 of other characters
 * ({@code sanciÃ³n} is {@code sanción} read as windows-1252). A real word in those charsets is almost never valid
 * UTF-8, since UTF-8 needs its lead bytes followed by exactly the right number of continuation bytes.
 */
public final class Mojibake {
    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final List<Charset> SINGLE_BYTE =
            List.of(Charset.forName("windows-1252"), StandardCharsets.ISO_8859_1, Charset.forName("windows-1251"));

    private Mojibake() {}

    /**
     * The first mis-decoded word of {@code text}, if any; U+FFFD counts unless {@code replacementsInSource} (the
     * source itself carried them, so they are no decoding error).
     */
    public static Optional<String> first(String text, boolean replacementsInSource) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            String w = word.group();
            if (!replacementsInSource && w.indexOf('\uFFFD') >= 0 || isMisdecoded(w)) {
                return Optional.of(w);
            }
        }
        return Optional.empty();
    }

    private static boolean isMisdecoded(String word) {
        if (word.chars().allMatch(c -> c < 0x80)) {
            return false;
        }
        for (Charset charset : SINGLE_BYTE) {
            Optional<byte[]> bytes = encode(word, charset);
            if (bytes.isPresent() && PageDecoder.isNonAsciiUtf8(bytes.get())) {
                return true;
            }
        }
        return false;
    }

    private static Optional<byte[]> encode(String word, Charset charset) {
        CharsetEncoder encoder = charset.newEncoder()
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .onMalformedInput(CodingErrorAction.REPORT);
        try {
            ByteBuffer buffer = encoder.encode(java.nio.CharBuffer.wrap(word));
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return Optional.of(bytes);
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
