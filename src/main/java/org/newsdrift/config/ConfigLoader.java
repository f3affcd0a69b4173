package org.newsdrift.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Reads a job config and the subject it names, failing with one line that names the bad key or file. */
public final class ConfigLoader {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private static final PropertyNamingStrategies.NamingBase SNAKE =
            (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;

    private ConfigLoader() {}

    /** Loads {@code configFile} and the subject file it names (resolved against the config's folder). */
    public static RunConfig load(Path configFile) {
        String json = read(configFile, "config");
        JobConfig job = parse(json, JobConfig.class, configFile);
        Path subjectFile = configFile
                .toAbsolutePath()
                .getParent()
                .resolve(job.subjectFile())
                .normalize();
        SubjectConfig subject = parse(read(subjectFile, "subject"), SubjectConfig.class, subjectFile);
        return new RunConfig(job, subject, json);
    }

    static <T> T parse(String json, Class<T> type, Path file) {
        try {
            // Jackson reports an unknown key only after the record is built, so a typo would surface as a missing
            // value.
            checkKeys(MAPPER.readTree(json), type, "", file);
            return MAPPER.readValue(json, type);
        } catch (ValueInstantiationException e) {
            Throwable cause = e.getCause();
            String why = cause instanceof ConfigException ? cause.getMessage() : e.getOriginalMessage();
            throw new ConfigException(why + " in " + file);
        } catch (UnrecognizedPropertyException e) {
            throw new ConfigException("Cannot load " + file + ": unknown key '" + keyPath(e) + "' (known here: "
                    + e.getKnownPropertyIds().stream()
                            .map(String::valueOf)
                            .sorted()
                            .collect(Collectors.joining(", ")) + ")");
        } catch (JsonMappingException e) {
            String why = e.getOriginalMessage().startsWith("Cannot map `null`")
                    ? "a value is required"
                    : firstLine(e.getOriginalMessage());
            throw new ConfigException("Cannot load " + file + ": bad or missing value at '" + keyPath(e) + "': " + why);
        } catch (JacksonException e) {
            throw new ConfigException("Cannot load " + file + ": not valid JSON: " + firstLine(e.getOriginalMessage()));
        }
    }

    /** Fails on the first key that no record component of {@code type} (or of a nested record) declares. */
    private static void checkKeys(JsonNode node, Class<?> type, String path, Path file) {
        if (node == null || !type.isRecord()) {
            return;
        }
        if (!node.isObject()) {
            throw new ConfigException(
                    "Cannot load " + file + ": '" + (path.isEmpty() ? "(top)" : path) + "' must be a JSON object");
        }
        Map<String, RecordComponent> components = new TreeMap<>();
        for (RecordComponent component : type.getRecordComponents()) {
            components.put(SNAKE.translate(component.getName()), component);
        }
        for (Iterator<String> keys = node.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            String keyPath = path.isEmpty() ? key : path + "." + key;
            RecordComponent component = components.get(key);
            if (component == null) {
                throw new ConfigException("Cannot load " + file + ": unknown key '" + keyPath + "' (known here: "
                        + String.join(", ", components.keySet()) + ")");
            }
            JsonNode value = node.get(key);
            if (component.getType().isRecord()) {
                checkKeys(value, component.getType(), keyPath, file);
            } else if (List.class.isAssignableFrom(component.getType())
                    && value.isArray()
                    && component.getGenericType() instanceof ParameterizedType list
                    && list.getActualTypeArguments()[0] instanceof Class<?> element
                    && element.isRecord()) {
                for (int i = 0; i < value.size(); i++) {
                    checkKeys(value.get(i), element, keyPath + "[" + i + "]", file);
                }
            }
        }
    }

    private static String read(Path file, String what) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ConfigException("Cannot load " + what + ": no such file (" + file + ")");
        } catch (IOException e) {
            throw new ConfigException("Cannot load " + what + ": " + e.getMessage() + " (" + file + ")");
        }
    }

    private static String keyPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
