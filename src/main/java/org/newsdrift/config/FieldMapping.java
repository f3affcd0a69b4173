package org.newsdrift.config;

import java.io.Serializable;
import java.util.List;

/**
 * How the keys of one kind of JSON record map onto article fields; a record uses the first mapping whose
 * {@code text} key (and every key in {@code requireKeys}) it has.
 *
 * @param name a short name, used in logs and reject details
 * @param text key of the article body (required)
 * @param title key of the headline, or null
 * @param url key of the article URL, or null
 * @param published key of the publication date, or null
 * @param dateFormat how {@code published} is written: {@code epoch_millis}, {@code epoch_seconds} or {@code iso}
 * @param source key naming the outlet, or null to use {@code sourceName}
 * @param sourceName the outlet's name when records do not carry one
 * @param language key of an ISO 639-1 language code, or null to use {@code languageName}
 * @param languageName the language when records do not carry one ({@code und} when unknown)
 * @param requireKeys further keys a record must have to use this mapping
 */
public record FieldMapping(
        String name,
        String text,
        String title,
        String url,
        String published,
        String dateFormat,
        String source,
        String sourceName,
        String language,
        String languageName,
        List<String> requireKeys)
        implements Serializable {

    public static final List<String> DATE_FORMATS = List.of("epoch_millis", "epoch_seconds", "iso");

    public FieldMapping {
        ConfigException.require(name != null && !name.isBlank(), "Cannot use field mapping: 'name' is missing");
        ConfigException.require(
                text != null && !text.isBlank(),
                "Cannot use field mapping '" + name + "': 'text' (the key of the article body) is missing");
        dateFormat = dateFormat == null ? "iso" : dateFormat;
        ConfigException.require(
                DATE_FORMATS.contains(dateFormat),
                "Cannot use field mapping '" + name + "': date_format must be one of " + DATE_FORMATS + " (was '"
                        + dateFormat + "')");
        ConfigException.require(
                source != null || (sourceName != null && !sourceName.isBlank()),
                "Cannot use field mapping '" + name + "': set 'source' (a key) or 'source_name' (a constant)");
        languageName = languageName == null ? "und" : languageName;
        requireKeys = requireKeys == null ? List.of() : List.copyOf(requireKeys);
    }
}
