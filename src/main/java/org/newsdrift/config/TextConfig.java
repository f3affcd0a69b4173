package org.newsdrift.config;

import java.io.Serializable;
import java.util.List;

/**
 * Tokenisation settings.
 *
 * @param minTokenLength shorter tokens are dropped
 * @param extraStopWords words dropped on top of Lucene's English list: news boilerplate such as "said"
 */
public record TextConfig(int minTokenLength, List<String> extraStopWords) implements Serializable {

    public TextConfig {
        ConfigException.require(
                minTokenLength >= 1 && minTokenLength <= 10,
                "Cannot use text config: text.min_token_length must be between 1 and 10 (was " + minTokenLength + ")");
        extraStopWords = extraStopWords == null ? List.of() : List.copyOf(extraStopWords);
    }
}
