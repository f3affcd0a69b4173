package org.newsdrift.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newsdrift.config.RunConfig;
import org.newsdrift.text.TermExtractor;

/**
 * Maps the naive pipeline's raw words onto newsdrift's terms (by the word's script: Hangul through the Korean
 * chain, Cyrillic through the Russian one, the rest through the English one), so its topics can also be scored on
 * newsdrift's token stream. Approximate: a word alone can analyse differently from the word in its sentence, and
 * "north" + "korea" never become {@code north_korea}.
 */
final class NaiveTermMapper {
    private final TermExtractor extractor;

    NaiveTermMapper(RunConfig config) {
        this.extractor = new TermExtractor(config.job().text(), config.subject());
    }

    /** The first {@code n} distinct analysed terms of a topic's raw words; words that analyse to nothing are skipped. */
    List<String> map(List<String> rawWords, int n) {
        Set<String> terms = new LinkedHashSet<>();
        for (String word : rawWords) {
            List<String> analysed = extractor.terms(null, word, languageOf(word));
            if (!analysed.isEmpty()) {
                terms.add(analysed.get(0));
            }
            if (terms.size() == n) {
                break;
            }
        }
        return new ArrayList<>(terms);
    }

    static String languageOf(String word) {
        Character.UnicodeScript script = Character.UnicodeScript.of(word.codePointAt(0));
        return switch (script) {
            case HANGUL -> "ko";
            case CYRILLIC -> "ru";
            default -> "en";
        };
    }
}
