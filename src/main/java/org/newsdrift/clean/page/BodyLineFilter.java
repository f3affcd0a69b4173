package org.newsdrift.clean.page;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Drops from a chosen article body the lines that sit among its paragraphs but are no part of it: picture captions
 * that end in a credit, notices standing in for blocked embeds, sign-up and membership prompts, reading times, and
 * repeated lines (ad slots, widget labels, a subscription box shown twice). It runs after the headline and the date
 * are found, so it changes the body only.
 */
final class BodyLineFilter implements Serializable {
    private static final long serialVersionUID = 1L;
    /** A line the page holds this many times is a widget or an ad slot, wherever it sits. */
    static final int MIN_PAGE_REPEATS = 3;
    /** A line the body holds this many times is one too: an article does not say a paragraph twice. */
    static final int MIN_BODY_REPEATS = 2;
    /** A notice is at most this many words; a paragraph that mentions a newsletter in passing is longer. */
    static final int MAX_NOTICE_WORDS = 45;
    /**
     * Phrases of notices that stand in the article's flow without being part of it: blocked embeds and consent,
     * newsletter and membership prompts, reading time. Lower case, matched as whole words in a lower-case line.
     */
    static final List<String> NOTICES = List.of(
            // blocked embeds and consent
            "enable javascript",
            "javascript aktivieren",
            "aktivieren sie javascript",
            "externer inhalt",
            "externen inhalt",
            "external content",
            "contenu externe",
            "contenido externo",
            "personenbezogene daten",
            "datenschutzerklärung",
            "datenschutzeinstellungen",
            "privatsphäre-einstellungen",
            "privacy notice",
            "privacy policy",
            "has not loaded yet",
            "remove ads",
            "opens new tab",
            "new window",
            "neuem fenster",
            "comment policy",
            "commenting policy",
            "kommentarfunktion",
            // newsletters, sign-up and membership prompts
            "newsletter",
            "newsletters",
            "sign up for",
            "sign up to",
            "jetzt anmelden",
            "jetzt abonnieren",
            "enter your email",
            "preferred source",
            "google news",
            "support our journalism",
            "by becoming a member",
            "make a contribution",
            "unterstützen sie uns",
            // reading time
            "lesedauer",
            "lesezeit",
            "temps de lecture",
            "tiempo de lectura");
    /** A credit closes a caption: "... über Wohnhäuser. © Anett Seidler", "... (Picture: PA)", "... Foto: NTB". */
    private static final Pattern CREDIT_END = Pattern.compile(
            "(?iu)(?:^|[\\s(\\[|,.])(?:©|(?:foto|fotos|photo|photos|picture|pictures|bild|bilder|bildrechte|image|images|"
                    + "credit|credits|фото|사진)\\s*[:：])[^.!?:]{0,80}$"
                    // an agency's picture credit, cut from its caption or after it: "STR/AFP via Getty Images", "AP
                    // Photo/..."
                    + "|\\bvia\\s+getty\\s+images\\)?$|\\bgetty\\s+images(?:/\\w+)?\\)?$|\\bap\\s+photo(?:/[^()!?]{0,40})?\\)?$");
    /**
     * A copyright line ("Copyright © AFP 2017-2026. ...", "© SZ - Rechte am Artikel ...") or a news agency's staff
     * credit under the story ("Reporting by ...; Editing by ...", "— AP writer X contributed to this report.").
     */
    private static final Pattern RIGHTS_OR_STAFF =
            Pattern.compile("(?iu)^(?:©|copyright\\s*(?:©|:|\\d{4}))|^[-–—\\s]*(?:additional\\s+)?reporting\\s+by\\b"
                    + "|\\bcontributed(?:\\s+reporting)?\\s+to\\s+this\\s+(?:report|story)\\.?$");
    /** The tail of a caption cut at its credit's opening parenthesis: "Anadolu via Getty Images)", "PA)". */
    private static final Pattern CLOSING_FRAGMENT = Pattern.compile("^[^()]{1,60}\\)$");

    private static final Pattern SPACES = Pattern.compile("\\s+");
    /**
     * The heading of what follows an article: readers' comments, with or without their count, in the languages of the
     * news pages seen, and the related-posts list blogging software puts under a post. Not "related articles" or "mehr
     * zum Thema": publishers set those boxes inside articles too. Matched on the whole line, edge punctuation removed.
     */
    private static final Pattern ARTICLE_END = Pattern.compile(
            "(?iu)(?:\\d+\\s+)?(?:all\\s+|alle\\s+|lire\\s+les\\s+(?:\\d+\\s+)?|ver\\s+)?(?:comments|readers' comments|"
                    + "kommentare|leserkommentare|commentaires|comentarios|commenti|reacties|kommentarer|komentarze|"
                    + "комментарии|коментарі|yorumlar)(?:\\s*\\(?\\d+\\)?)?"
                    + "|related posts|related topics|ähnliche beiträge|ähnliche artikel|articles similaires|"
                    + "entradas relacionadas|articoli correlati");
    /** An end heading counts only after this share of the body: a "Comments" link may sit under the headline. */
    private static final double MIN_SHARE_BEFORE_END = 0.5;

    /** The lines of {@code body} (indices into {@code page}) that are article text. */
    List<Integer> filter(List<ClassifiedLine> page, List<Integer> body) {
        body = beforeEnd(page, body);
        Set<String> repeated = repeated(page, body);
        // A body made mostly of repeated lines is one article the scraper saved twice: its first copy stays.
        long repeatedChars = body.stream()
                .map(i -> page.get(i).text())
                .filter(t -> repeated.contains(key(t)))
                .mapToLong(String::length)
                .sum();
        long chars = body.stream().mapToLong(i -> page.get(i).text().length()).sum();
        boolean keepFirstCopies = repeatedChars * 2 > chars;
        Set<String> seen = new HashSet<>();
        List<Integer> kept = new ArrayList<>(body.size());
        for (int i : body) {
            String text = page.get(i).text();
            boolean firstCopy = seen.add(key(text));
            boolean repeat = repeated.contains(key(text)) && !(keepFirstCopies && firstCopy);
            if (!repeat
                    && !isCredited(text)
                    && !isNotice(text)
                    && !RIGHTS_OR_STAFF.matcher(text).find()) {
                kept.add(i);
            }
        }
        return kept;
    }

    /** The lines of {@code body} above the first end heading that follows most of it; all of them when there is none. */
    private static List<Integer> beforeEnd(List<ClassifiedLine> page, List<Integer> body) {
        if (body.isEmpty()) {
            return body;
        }
        long total = body.stream().mapToLong(i -> page.get(i).text().length()).sum();
        long before = 0;
        int next = 0;
        for (int j = body.get(0); j <= body.get(body.size() - 1); j++) {
            String text = page.get(j).text();
            if (before >= total * MIN_SHARE_BEFORE_END
                    && ARTICLE_END.matcher(ChromePhrases.key(text)).matches()) {
                return body.subList(0, next);
            }
            if (body.get(next) == j) {
                before += text.length();
                next++;
            }
        }
        return body;
    }

    /** The keys of the lines the page holds {@link #MIN_PAGE_REPEATS} times or the body {@link #MIN_BODY_REPEATS}. */
    private static Set<String> repeated(List<ClassifiedLine> page, List<Integer> body) {
        Map<String, Integer> onPage = new HashMap<>();
        for (ClassifiedLine line : page) {
            if (!line.text().isEmpty()) {
                onPage.merge(key(line.text()), 1, Integer::sum);
            }
        }
        Map<String, Integer> inBody = new HashMap<>();
        for (int i : body) {
            inBody.merge(key(page.get(i).text()), 1, Integer::sum);
        }
        Set<String> repeated = new HashSet<>();
        inBody.forEach((key, count) -> {
            if (count >= MIN_BODY_REPEATS || onPage.getOrDefault(key, 0) >= MIN_PAGE_REPEATS) {
                repeated.add(key);
            }
        });
        return repeated;
    }

    /** True for a caption or credit line: one that ends in a picture credit. */
    static boolean isCredited(String line) {
        return CREDIT_END.matcher(line).find() || CLOSING_FRAGMENT.matcher(line).matches();
    }

    /** True for a short line carrying a phrase of {@link #NOTICES}. */
    static boolean isNotice(String line) {
        if (SPACES.split(line).length > MAX_NOTICE_WORDS) {
            return false;
        }
        String lower = key(line);
        return NOTICES.stream().anyMatch(phrase -> ChromeLineClassifier.containsWords(lower, phrase));
    }

    private static String key(String line) {
        return line.toLowerCase(Locale.ROOT);
    }
}
