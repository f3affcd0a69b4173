package org.newsdrift.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * The good records the hostile corpus puts beside its bad ones, and the byte-level pieces it is built from. Every
 * good text is distinct and long enough to survive cleaning, so it is accepted at the reader and in the job alike.
 */
public final class HostileDocuments {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> SENTENCES = List.of(
            "Russian President Vladimir Putin and North Korean leader Kim Jong Un signed a treaty in Pyongyang.",
            "The agreement obliges each side to give military assistance if the other is attacked.",
            "Analysts in Seoul said the deal deepens cooperation on weapons, energy and labour.",
            "Officials in Moscow described the visit as the start of a new chapter between the two countries.",
            "Satellite images showed cargo trains crossing the border bridge at Tumangang twice that week.");

    private HostileDocuments() {}

    /** A few sentences about the subject that no other {@code id} shares word for word. */
    public static String body(String id) {
        StringBuilder text = new StringBuilder("Report " + id + ".");
        int start = Math.floorMod(id.hashCode(), SENTENCES.size());
        for (int i = 0; i < 3; i++) {
            text.append(' ')
                    .append(SENTENCES.get((start + i) % SENTENCES.size()).replace(".", " (" + id + ", " + i + ")."));
        }
        return text.toString();
    }

    /** A news-please record, one JSON line. */
    public static String jsonRecord(String id, String published) {
        return record(id, body(id), published).toString();
    }

    private static ObjectNode record(String id, String text, String published) {
        ObjectNode record = JSON.createObjectNode()
                .put("title", "Story " + id)
                .put("maintext", text)
                .put("url", "https://hostile.example/" + id)
                .put("source_domain", "hostile.example")
                .put("language", "en");
        return published == null ? record : record.put("date_publish", published);
    }

    /** A page whose three paragraphs the extractor keeps. */
    public static String htmlPage(String id, String head, String bodyStart, String bodyEnd) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><title>Story " + id + "</title>" + head
                + "</head><body>" + bodyStart + "<article><h1>Story " + id + "</h1>");
        for (int i = 0; i < 3; i++) {
            html.append("<p>").append(body(id + "-p" + i)).append("</p>");
        }
        return html.append("</article>")
                .append(bodyEnd)
                .append("</body></html>")
                .toString();
    }

    public static String htmlPage(String id) {
        return htmlPage(id, "", "", "");
    }

    /**
     * A page that names, in every way a page can, an external resource (stylesheet, script, image, frame, object,
     * media, redirect, form, CSS import, fetch) on {@code 127.0.0.1:port}.
     */
    public static String beaconPage(String id, int port) {
        String at = "http://127.0.0.1:" + port;
        String head = "<base href=\"" + at + "/base/\"><link rel=\"stylesheet\" href=\"" + at + "/style.css\">"
                + "<link rel=\"preload\" href=\"" + at + "/preload\"><link rel=\"icon\" href=\"" + at
                + "/favicon.ico\">"
                + "<meta http-equiv=\"refresh\" content=\"0; url=" + at + "/refresh\"><script src=\"" + at
                + "/app.js\"></script>"
                + "<style>@import url(\"" + at + "/import.css\"); body { background: url(" + at + "/bg.png); }</style>"
                + "<script>fetch('" + at + "/fetch'); new Image().src = '" + at + "/pixel';</script>";
        String body = "<img src=\"" + at + "/img.png\" srcset=\"" + at + "/img-2x.png 2x\">"
                + "<iframe src=\"" + at + "/frame\"></iframe><object data=\"" + at + "/object\"></object>"
                + "<embed src=\"" + at + "/embed\"><video src=\"" + at + "/video\" poster=\"" + at
                + "/poster\"></video>"
                + "<audio><source src=\"" + at + "/audio\"></audio><svg><image href=\"" + at + "/svg-image\"/></svg>"
                + "<form action=\"" + at + "/form\"><input type=\"image\" src=\"" + at + "/input\"></form>";
        return htmlPage(id, head, body, "<a href=\"" + at + "/link\">more</a>");
    }

    /** A Markdown article with front matter, as the Korean crawl archives hold them. */
    public static String markdown(String id, String publishedAt) {
        return "---\ntitle: \"Story " + id + "\"\npublisher: hostile.example\npublished_at: " + publishedAt
                + "\nurl: https://hostile.example/md/" + id + "\n---\n\n" + body(id) + "\n";
    }

    /** A scraped text page: a headline, a date line and the body. */
    public static String textPage(String id) {
        return "date 2024-06-20\n\nStory " + id + "\n\n" + body(id) + "\n\n" + body(id + "-more") + "\n";
    }

    /**
     * One WARC response record holding an HTML page, with its Content-Length off by {@code lengthError} bytes
     * (0 for a correct record).
     */
    public static byte[] warcResponse(String uri, String contentType, byte[] page, int lengthError) {
        byte[] http = concat(
                ("HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\nContent-Length: " + page.length + "\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII),
                page);
        String header = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: " + uri
                + "\r\nWARC-Date: 2024-06-20T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:"
                + java.util.UUID.nameUUIDFromBytes(uri.getBytes(StandardCharsets.UTF_8))
                + ">\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: "
                + (http.length + lengthError)
                + "\r\n\r\n";
        return concat(header.getBytes(StandardCharsets.US_ASCII), http, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    public static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** {@code size} bytes of one repeated byte, written in chunks: a bomb when compressed. */
    public static void repeat(OutputStream out, byte value, long size) throws IOException {
        byte[] chunk = new byte[1 << 16];
        java.util.Arrays.fill(chunk, value);
        for (long left = size; left > 0; left -= chunk.length) {
            out.write(chunk, 0, (int) Math.min(chunk.length, left));
        }
    }

    /** Seeded random bytes, never starting like JSON or text. */
    public static byte[] noise(long seed, int size) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        bytes[0] = 0;
        return bytes;
    }

    public static byte[] png() {
        return concat(
                new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'},
                noise(7, 512));
    }

    public static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
