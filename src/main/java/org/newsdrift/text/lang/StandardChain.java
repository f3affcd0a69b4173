package org.newsdrift.text.lang;

import java.util.Collection;

/**
 * Any other language, or an unknown one: standard tokenizer, lower case, the given stop words, no stemming, terms
 * with a letter and at least the minimum length.
 */
final class StandardChain extends StandardTokenizerChain {
    StandardChain(Collection<String> extraStopWords, Collection<String> keywords, int minTokenLength) {
        super(StopLists.of(extraStopWords), keywords, minTokenLength);
    }
}
