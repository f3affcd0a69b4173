package org.newsdrift;

import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.WriterAppender;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.layout.PatternLayout;

/**
 * Keeps every log line at INFO and above while open, Spark's included, without letting them onto the console
 * (which keeps the configured level); a test reads them with {@link #text()}.
 */
public final class LogCapture implements AutoCloseable {
    private final StringWriter text = new StringWriter();
    private final LoggerContext context = (LoggerContext) LogManager.getContext(false);
    private final LoggerConfig root = context.getConfiguration().getRootLogger();
    private final Level rootLevel = root.getLevel();
    private final Map<String, Appender> appenders = new HashMap<>(root.getAppenders());
    private final WriterAppender capture = WriterAppender.createAppender(
            PatternLayout.newBuilder().withPattern("%p %c: %m%n%throwable").build(),
            null,
            text,
            "log-capture",
            false,
            true);

    public LogCapture() {
        capture.start();
        appenders.forEach((name, appender) -> {
            root.removeAppender(name);
            root.addAppender(appender, rootLevel, null);
        });
        root.addAppender(capture, Level.INFO, null);
        root.setLevel(Level.INFO);
        context.updateLoggers();
    }

    public String text() {
        return text.toString();
    }

    @Override
    public void close() {
        root.removeAppender(capture.getName());
        appenders.forEach((name, appender) -> {
            root.removeAppender(name);
            root.addAppender(appender, null, null);
        });
        root.setLevel(rootLevel);
        context.updateLoggers();
        capture.stop();
    }
}
