package org.newsdrift.bench;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;
import org.newsdrift.config.LdaConfig;

/**
 * An LDA config with some keys changed, written as in the config file: {@code subsampling_rate=1.0,max_iterations=80}.
 * Every {@code lda.*} key can be changed, and the config's own validation applies.
 */
final class LdaVariant {
    private LdaVariant() {}

    static LdaConfig of(LdaConfig base, String overrides) {
        Map<String, String> changes = new LinkedHashMap<>();
        for (String pair : overrides.split(",")) {
            String[] parts = pair.split("=", 2);
            if (parts.length != 2 || parts[0].isBlank()) {
                throw new IllegalArgumentException(
                        "Cannot read variant: expected key=value pairs (was '" + overrides + "')");
            }
            changes.put(parts[0].trim(), parts[1].trim());
        }
        RecordComponent[] components = LdaConfig.class.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                RecordComponent component = components[i];
                types[i] = component.getType();
                String key = snake(component.getName());
                String changed = changes.remove(key);
                values[i] = changed == null ? component.getAccessor().invoke(base) : parse(changed, types[i]);
            }
            if (!changes.isEmpty()) {
                throw new IllegalArgumentException("Cannot read variant: unknown lda keys " + changes.keySet());
            }
            Constructor<LdaConfig> constructor = LdaConfig.class.getDeclaredConstructor(types);
            return constructor.newInstance(values);
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException(
                    "Cannot use variant '" + overrides + "': " + e.getCause().getMessage(), e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot build an LdaConfig reflectively", e);
        }
    }

    private static Object parse(String value, Class<?> type) {
        if (value.equals("null") && !type.isPrimitive()) {
            return null;
        } else if (type == int.class) {
            return Integer.parseInt(value);
        } else if (type == long.class || type == Long.class) {
            return Long.parseLong(value);
        } else if (type == double.class || type == Double.class) {
            return Double.parseDouble(value);
        } else if (type == String.class) {
            return value;
        }
        throw new IllegalArgumentException("Cannot read variant: unsupported type " + type.getSimpleName());
    }

    static String snake(String camel) {
        return camel.replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT);
    }
}
