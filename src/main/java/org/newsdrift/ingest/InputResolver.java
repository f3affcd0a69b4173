package org.newsdrift.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.newsdrift.config.ConfigException;

/**
 * Expands input URIs (files, folders, globs on any Hadoop file system) into the files to read, sorted by URI.
 * Folders are walked recursively; names starting with '.' or '_' (hidden, or Spark and Hadoop markers) are skipped.
 */
public final class InputResolver {
    private InputResolver() {}

    public static List<InputFile> resolve(List<String> uris, Configuration conf) {
        if (uris.isEmpty()) {
            throw new ConfigException("Cannot read input: no --input given");
        }
        Map<String, InputFile> files = new LinkedHashMap<>();
        for (String uri : uris) {
            List<InputFile> found = expand(uri, conf);
            if (found.isEmpty()) {
                throw new ConfigException(
                        "Cannot read input: no such file or folder, or a folder with no files (" + uri + ")");
            }
            found.forEach(f -> files.putIfAbsent(f.uri(), f));
        }
        List<InputFile> sorted = new ArrayList<>(files.values());
        sorted.sort(Comparator.comparing(InputFile::uri));
        return sorted;
    }

    private static List<InputFile> expand(String uri, Configuration conf) {
        List<InputFile> out = new ArrayList<>();
        try {
            Path path = new Path(uri);
            FileSystem fs = path.getFileSystem(conf);
            FileStatus[] matches = fs.globStatus(path);
            if (matches == null) {
                return out;
            }
            for (FileStatus match : matches) {
                if (match.isFile()) {
                    out.add(of(match));
                    continue;
                }
                RemoteIterator<LocatedFileStatus> listing = fs.listFiles(match.getPath(), true);
                while (listing.hasNext()) {
                    LocatedFileStatus file = listing.next();
                    if (!hidden(match.getPath(), file.getPath())) {
                        out.add(of(file));
                    }
                }
            }
        } catch (IllegalArgumentException | IOException e) {
            throw new ConfigException("Cannot read input: " + e.getMessage() + " (" + uri + ")", e);
        }
        return out;
    }

    private static boolean hidden(Path root, Path file) {
        for (Path p = file; p != null && !p.equals(root); p = p.getParent()) {
            if (p.getName().startsWith(".") || p.getName().startsWith("_")) {
                return true;
            }
        }
        return false;
    }

    private static InputFile of(FileStatus status) {
        return new InputFile(status.getPath().toString(), status.getLen(), status.getModificationTime());
    }
}
