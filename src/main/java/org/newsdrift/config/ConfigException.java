package org.newsdrift.config;

/** A configuration, argument or input location the job cannot run with; the message names the key or path. */
public final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }

    static void require(boolean rule, String message) {
        if (!rule) {
            throw new ConfigException(message);
        }
    }
}
