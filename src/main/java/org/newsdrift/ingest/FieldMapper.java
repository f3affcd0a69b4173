package org.newsdrift.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.Serializable;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.newsdrift.config.FieldMapping;

/**
 * Maps a JSON record onto article fields with the first configured mapping that fits it, so a folder of mixed
 * dumps needs no per-file setting. A mapping without a title key takes the text's first line as the title. A date
 * that cannot be read is left null (date source {@code none}): dates are never guessed.
 */
public final class FieldMapper implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int MAX_DERIVED_TITLE = 200;

    private final List<FieldMapping> mappings;

    public FieldMapper(List<FieldMapping> mappings) {
        this.mappings = List.copyOf(mappings);
    }

    public MappedRecord map(JsonNode record) {
        FieldMapping mapping = choose(record);
        if (mapping == null) {
            List<String> names = new ArrayList<>();
            record.fieldNames().forEachRemaining(names::add);
            return MappedRecord.rejected(
                    RejectReason.UNKNOWN_RECORD_SHAPE,
                    "no configured mapping fits a record with keys "
                            + names.stream().sorted().toList());
        }
        String text = text(record.get(mapping.text()));
        if (text == null || text.isBlank()) {
            return MappedRecord.rejected(
                    RejectReason.MISSING_TEXT, "mapping '" + mapping.name() + "': '" + mapping.text() + "' is empty");
        }
        LocalDate published =
                mapping.published() == null ? null : date(record.get(mapping.published()), mapping.dateFormat());
        // A record's text field is the body already (no extraction in cleaning) and mappings name no crawl date.
        return MappedRecord.accepted(new RawArticle(
                firstNonBlank(string(record, mapping.source()), mapping.sourceName(), "unknown"),
                string(record, mapping.url()),
                mapping.title() == null ? firstLine(text) : string(record, mapping.title()),
                published,
                published == null ? "none" : "metadata",
                firstNonBlank(string(record, mapping.language()), mapping.languageName(), "und"),
                text,
                RawArticle.RECORD,
                null));
    }

    private FieldMapping choose(JsonNode record) {
        for (FieldMapping mapping : mappings) {
            if (record.has(mapping.text()) && mapping.requireKeys().stream().allMatch(record::has)) {
                return mapping;
            }
        }
        return null;
    }

    /** Reads a date written as {@code format}; null when absent or unreadable. */
    static LocalDate date(JsonNode value, String format) {
        if (value == null || value.isNull()) {
            return null;
        }
        try {
            switch (format) {
                case "epoch_millis":
                case "epoch_seconds":
                    long number = value.isNumber()
                            ? value.asLong()
                            : Long.parseLong(value.asText().strip());
                    Instant instant = format.equals("epoch_millis")
                            ? Instant.ofEpochMilli(number)
                            : Instant.ofEpochSecond(number);
                    return instant.atZone(ZoneOffset.UTC).toLocalDate();
                default:
                    // The calendar day as the publisher wrote it, whatever the time zone that follows.
                    return PublicationDate.leadingIsoDay(value.asText()).orElse(null);
            }
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
    }

    /** A title for records that have none (Telegram posts): the first non-blank line, cut at a word near 200 chars. */
    static String firstLine(String text) {
        for (String line : text.split("\\R")) {
            String s = line.strip();
            if (!s.isEmpty()) {
                if (s.length() <= MAX_DERIVED_TITLE) {
                    return s;
                }
                int cut = s.lastIndexOf(' ', MAX_DERIVED_TITLE);
                return s.substring(0, cut > MAX_DERIVED_TITLE / 2 ? cut : MAX_DERIVED_TITLE) + "\u2026";
            }
        }
        return null;
    }

    private static String text(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isArray()) {
            List<String> parts = new ArrayList<>();
            value.forEach(part -> parts.add(part.asText()));
            return String.join("\n", parts);
        }
        return value.isValueNode() ? value.asText() : null;
    }

    private static String string(JsonNode record, String key) {
        if (key == null) {
            return null;
        }
        JsonNode value = record.get(key);
        return value == null
                        || value.isNull()
                        || !value.isValueNode()
                        || value.asText().isBlank()
                ? null
                : value.asText().strip();
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
