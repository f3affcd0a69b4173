package org.newsdrift.text.lang;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.util.IOUtils;

/** Builds the stop word sets of the chains from Lucene's Snowball lists and newsdrift's own. */
final class StopLists {
    private StopLists() {}

    /** Lucene's Snowball list {@code resource} (e.g. {@code russian_stop.txt}) plus {@code extra}, ignoring case. */
    @SafeVarargs
    static CharArraySet snowball(String resource, Collection<String>... extra) {
        CharArraySet set = new CharArraySet(64, true);
        try {
            set.addAll(WordlistLoader.getSnowballWordSet(
                    IOUtils.getDecodingReader(SnowballFilter.class, resource, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Cannot load Lucene's Snowball stop words: the resource is unreadable (" + resource + ")", e);
        }
        for (Collection<String> list : extra) {
            set.addAll(list);
        }
        return set;
    }

    /** The union of {@code lists}, ignoring case. */
    @SafeVarargs
    static CharArraySet of(Collection<String>... lists) {
        CharArraySet set = new CharArraySet(64, true);
        for (Collection<String> list : lists) {
            set.addAll(list);
        }
        return set;
    }
}
