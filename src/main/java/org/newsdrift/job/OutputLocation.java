package org.newsdrift.job;

import java.io.IOException;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.ParentNotDirectoryException;
import org.apache.hadoop.fs.Path;
import org.newsdrift.config.ConfigException;

/**
 * Checks, before Spark starts, that the output root is a folder the job can write: it exists as a folder or can
 * be made one, and a file can be created in it. A bad location is then one line and exit code 2, not a stack trace
 * after minutes of work.
 */
final class OutputLocation {
    private OutputLocation() {}

    static void check(String output, Configuration conf) {
        Path root;
        try {
            root = new Path(output);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("Cannot write the output: not a valid location (" + output + ")", e);
        }
        try {
            FileSystem fs = root.getFileSystem(conf);
            if (fs.exists(root) && !fs.getFileStatus(root).isDirectory()) {
                throw new ConfigException(
                        "Cannot write the output: --output names a file, not a folder (" + output + ")");
            }
            if (!fs.mkdirs(root)) {
                throw new ConfigException("Cannot write the output: the folder cannot be created (" + output + ")");
            }
            Path probe = new Path(root, "_write_check_" + UUID.randomUUID());
            fs.create(probe, false).close();
            fs.delete(probe, false);
        } catch (ParentNotDirectoryException e) {
            throw new ConfigException(
                    "Cannot write the output: a part of its path is a file, not a folder (" + output + ")", e);
        } catch (IOException | IllegalArgumentException | UnsupportedOperationException e) {
            throw new ConfigException("Cannot write the output: " + firstLine(e) + " (" + output + ")", e);
        }
    }

    /** The first line of the message, which is all a person needs here (a file system's own words). */
    private static String firstLine(Exception e) {
        String message = e.getMessage() == null
                ? ""
                : e.getMessage().lines().findFirst().orElse("").strip();
        return message.isEmpty() ? "the file system refused (" + e.getClass().getSimpleName() + ")" : message;
    }
}
