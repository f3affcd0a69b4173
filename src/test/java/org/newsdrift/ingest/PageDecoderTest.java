package org.newsdrift.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PageDecoderTest {
    private static byte[] page(String declared, String body, Charset written) {
        return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=" + declared
                        + "\"><title>t</title></head><body><p>" + body + "</p></body></html>")
                .getBytes(written);
    }

    @Test
    void onlyWellFormedUtf8WithANonAsciiByteCountsAsUtf8() {
        assertThat(PageDecoder.isNonAsciiUtf8("sanción".getBytes(StandardCharsets.UTF_8)))
                .isTrue();
        assertThat(PageDecoder.isNonAsciiUtf8("sanction".getBytes(StandardCharsets.UTF_8)))
                .isFalse();
        assertThat(PageDecoder.isNonAsciiUtf8("sanción".getBytes(StandardCharsets.ISO_8859_1)))
                .isFalse();
    }

    @Test
    void utf8PageDeclaringLatin1IsDecodedAsUtf8() {
        PageDecoder.Decoded decoded =
                PageDecoder.decode(page("iso-8859-1", "Für die sanción", StandardCharsets.UTF_8), null, true);

        assertThat(decoded.charset()).isEqualTo("UTF-8");
        assertThat(decoded.text()).contains("Für die sanción");
    }

    @Test
    void utf8PageDeclaringGb2312IsDecodedAsUtf8() {
        PageDecoder.Decoded decoded =
                PageDecoder.decode(page("GB2312", "促进航天技术更好惠及人民", StandardCharsets.UTF_8), null, true);

        assertThat(decoded.text()).contains("促进航天技术更好惠及人民");
    }

    @Test
    void utf8BytesWinOverATransportCharsetToo() {
        byte[] text = "Россия и КНДР".getBytes(StandardCharsets.UTF_8);

        assertThat(PageDecoder.decode(text, "windows-1251", false).text()).isEqualTo("Россия и КНДР");
    }

    @Test
    void pageReallyWrittenInItsDeclaredCharsetKeepsIt() {
        Charset cp1251 = Charset.forName("windows-1251");

        PageDecoder.Decoded decoded =
                PageDecoder.decode(page("windows-1251", "Россия и КНДР подписали договор", cp1251), null, true);

        assertThat(decoded.charset()).isEqualTo("windows-1251");
        assertThat(decoded.text()).contains("Россия и КНДР подписали договор");
    }

    @Test
    void latin1PageKeepsItsDeclaredCharset() {
        PageDecoder.Decoded decoded = PageDecoder.decode(
                page("iso-8859-1", "Für die Sanktionen, café", StandardCharsets.ISO_8859_1), null, true);

        assertThat(decoded.text()).contains("Für die Sanktionen, café");
        assertThat(decoded.replacements()).isZero();
    }

    @Test
    void asciiPageKeepsItsDeclaredCharset() {
        assertThat(PageDecoder.decode(page("windows-1252", "plain", StandardCharsets.US_ASCII), null, true)
                        .charset())
                .isEqualTo("windows-1252");
    }
}
