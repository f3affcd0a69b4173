package org.newsdrift.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a page's bytes into text: a byte order mark wins, then a charset declared in the page's own
 * {@code <meta>} (HTML only), then one declared by the transport (HTTP Content-Type), then UTF-8. A declared
 * charset loses to UTF-8 when the bytes are well-formed UTF-8 with non-ASCII characters: pages re-saved as UTF-8
 * keep their old declaration, while text really written in a legacy charset is almost never well-formed UTF-8.
 * Bytes the charset cannot decode become U+FFFD and are counted, and binary content is recognised, so callers can
 * reject.
 */
public final class PageDecoder {
    private static final int SNIFF_BYTES = 4096;
    private static final Pattern META_CHARSET =
            Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_\\-:.]+)", Pattern.CASE_INSENSITIVE);

    private PageDecoder() {}

    /**
     * @param text the decoded text
     * @param charset the charset used
     * @param replacements characters that could not be decoded
     * @param binary the bytes look like a binary file (NUL or many control bytes), not text
     */
    public record Decoded(String text, String charset, int replacements, boolean binary) {}

    public static Decoded decode(byte[] bytes, String transportCharset, boolean html) {
        Charset charset = choose(bytes, transportCharset, html);
        int offset = bomLength(bytes, charset);
        String text = decodeReplacing(ByteBuffer.wrap(bytes, offset, bytes.length - offset), charset);
        return new Decoded(text, charset.name(), replacements(text), looksBinary(bytes));
    }

    /** How many characters of {@code text} are U+FFFD, the mark of bytes a decoder could not read. */
    public static int replacements(String text) {
        int replacements = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\uFFFD') {
                replacements++;
            }
        }
        return replacements;
    }

    static Charset choose(byte[] bytes, String transportCharset, boolean html) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return StandardCharsets.UTF_8;
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return StandardCharsets.UTF_16BE;
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return StandardCharsets.UTF_16LE;
        }
        Charset declared = declared(bytes, transportCharset, html);
        if (declared == null || (!declared.equals(StandardCharsets.UTF_8) && isNonAsciiUtf8(bytes))) {
            return StandardCharsets.UTF_8;
        }
        return declared;
    }

    /** The charset the page's {@code <meta>} or, failing that, the transport declares; null when neither does. */
    private static Charset declared(byte[] bytes, String transportCharset, boolean html) {
        if (html) {
            String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
            Matcher meta = META_CHARSET.matcher(head);
            if (meta.find()) {
                Charset declared = lookup(meta.group(1));
                if (declared != null) {
                    return declared;
                }
            }
        }
        return transportCharset == null ? null : lookup(transportCharset);
    }

    /**
     * True when {@code bytes} hold at least one non-ASCII byte and are well-formed UTF-8 throughout: bytes that text in
     * a legacy charset almost never make. Public for the corpus evaluations, which find mis-decoded words with it.
     */
    public static boolean isNonAsciiUtf8(byte[] bytes) {
        boolean nonAscii = false;
        for (byte b : bytes) {
            if (b < 0) {
                nonAscii = true;
                break;
            }
        }
        if (!nonAscii) {
            return false;
        }
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static Charset lookup(String name) {
        String cleaned = name.strip().replace("\"", "").toLowerCase(Locale.ROOT);
        try {
            // Pages declare "euc-kr" and "windows-1251" far more often than the encodings they really use differ; the
            // supersets decode everything the declared ones do.
            if (cleaned.equals("euc-kr") || cleaned.equals("ks_c_5601-1987")) {
                return Charset.forName("x-windows-949");
            }
            return Charset.isSupported(cleaned) ? Charset.forName(cleaned) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String decodeReplacing(ByteBuffer bytes, Charset charset) {
        try {
            CharBuffer chars = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(bytes);
            return chars.toString();
        } catch (CharacterCodingException e) {
            // Unreachable with REPLACE; kept total rather than throwing on a page.
            return new String(bytes.array(), bytes.arrayOffset(), bytes.remaining(), charset);
        }
    }

    private static int bomLength(byte[] bytes, Charset charset) {
        if (charset.equals(StandardCharsets.UTF_8) && startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return 3;
        }
        if ((charset.equals(StandardCharsets.UTF_16BE) && startsWith(bytes, 0xFE, 0xFF))
                || (charset.equals(StandardCharsets.UTF_16LE) && startsWith(bytes, 0xFF, 0xFE))) {
            return 2;
        }
        return 0;
    }

    /** NUL bytes, or more than 10% control bytes other than whitespace, in the first bytes. */
    static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, SNIFF_BYTES);
        if (n == 0 || startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            return false;
        }
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return control * 10 > n;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
