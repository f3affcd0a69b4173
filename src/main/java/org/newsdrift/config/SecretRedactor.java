package org.newsdrift.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Masks what looks like a credential before a configuration is stored or printed: the value of every key that names
 * one (at any depth), the user part of URIs ({@code s3a://KEY:SECRET@bucket}), and {@code key=value} pairs inside
 * values ({@code -Dfs.s3a.secret.key=...}). Keys are read as words, so {@code fs.s3a.secret.key},
 * {@code spark.ssl.keyStorePassword} and {@code session_token} are secrets and {@code min_token_length} is not.
 */
public final class SecretRedactor {
    public static final String MASK = "[redacted]";
    /**
     * The same words as one regular expression over whole keys, for Spark's {@code spark.redaction.regex} (Spark's
     * logs, UI and event logs): Spark's default misses {@code account.key} and {@code credential}.
     */
    public static final String KEY_REGEX = "(?i)secret|passw(or)?d|passphrase|credential|token$|"
            + "(access|account|private|api|encryption|signing|master|session)[._-]?key";

    /** Words that make a key secret wherever they stand in it. */
    private static final Set<String> SECRET_WORDS =
            Set.of("secret", "secrets", "password", "passwd", "pwd", "passphrase", "credential", "credentials");
    /** Words that make a key secret when they end it (a {@code token} is secret, a {@code token length} is not). */
    private static final Set<String> SECRET_LAST_WORDS = Set.of("token", "tokens", "signature");
    /** Words that make a key secret when {@code key} follows them ({@code access.key}, {@code account.key}). */
    private static final Set<String> KEY_KINDS =
            Set.of("access", "secret", "account", "private", "api", "encryption", "signing", "master", "session");

    private static final Pattern WORD_SPLIT = Pattern.compile("[^A-Za-z0-9]+|(?<=[a-z0-9])(?=[A-Z])");
    private static final Pattern URI_USER_INFO = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*://)[^/@\\s]+@");
    /** A {@code key=value} or {@code key: value} inside a value whose key ends in a secret word. */
    private static final Pattern INLINE_SECRET = Pattern.compile("(?i)((?:secret|passw(?:or)?d|pwd|passphrase|token"
            + "|credentials?|(?:access|account|secret|private|api|session)[._-]?key)\\s*[=:]\\s*)[^\\s,;&\"']+");

    private SecretRedactor() {}

    /** Whether the value under {@code key} is a credential, judged by the words of the key. */
    public static boolean isSecretKey(String key) {
        List<String> words = WORD_SPLIT
                .splitAsStream(key)
                .filter(w -> !w.isEmpty())
                .map(w -> w.toLowerCase(Locale.ROOT))
                .toList();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            boolean last = i == words.size() - 1;
            if (SECRET_WORDS.contains(word)
                    || (last && SECRET_LAST_WORDS.contains(word))
                    || (word.equals("key") && i > 0 && KEY_KINDS.contains(words.get(i - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** The value with the user part of URIs and secret-looking {@code key=value} pairs masked. */
    public static String redactValue(String value) {
        if (value == null) {
            return null;
        }
        String masked = URI_USER_INFO.matcher(value).replaceAll("$1" + MASK + "@");
        return INLINE_SECRET.matcher(masked).replaceAll("$1" + MASK);
    }

    /** A copy of {@code node} with the values of secret keys, at any depth, masked and every string redacted. */
    public static JsonNode redact(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                boolean secret =
                        isSecretKey(field.getKey()) && !field.getValue().isNull();
                copy.set(field.getKey(), secret ? JsonNodeFactory.instance.textNode(MASK) : redact(field.getValue()));
            }
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(element -> copy.add(redact(element)));
            return copy;
        }
        return node.isTextual() ? JsonNodeFactory.instance.textNode(redactValue(node.asText())) : node;
    }

    /** A sorted copy of flat settings (a Spark or Hadoop configuration) with secret values masked. */
    public static Map<String, String> redact(Map<String, String> settings) {
        Map<String, String> copy = new TreeMap<>();
        settings.forEach((key, value) -> copy.put(key, isSecretKey(key) ? MASK : redactValue(value)));
        return copy;
    }
}
