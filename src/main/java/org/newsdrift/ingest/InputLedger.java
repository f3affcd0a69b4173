package org.newsdrift.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Decides which input files a nightly run must read, from the ledger of files earlier runs read: a file is new when
 * the ledger has no entry for its URI, changed when its content checksum differs from the entry's, and unchanged
 * otherwise. Only files whose size or modification time differ from their entry need their checksum computed.
 */
public final class InputLedger {
    private final Map<String, Entry> entries;

    /** @param entries the latest ledger entry of each URI */
    public InputLedger(Map<String, Entry> entries) {
        this.entries = Map.copyOf(entries);
    }

    /** What the ledger knows of a file read before. */
    public record Entry(String uri, long size, long modificationTime, String checksum) {}

    /** A file and what the ledger says about it. */
    public record Decision(InputFile file, String checksum, String status) {
        public boolean toRead() {
            return !status.equals("unchanged");
        }
    }

    /** Files that cannot be judged by size and modification time alone. */
    public List<InputFile> needingChecksum(List<InputFile> files) {
        List<InputFile> out = new ArrayList<>();
        for (InputFile file : files) {
            Entry entry = entries.get(file.uri());
            if (entry == null || entry.size() != file.size() || entry.modificationTime() != file.modificationTime()) {
                out.add(file);
            }
        }
        return out;
    }

    /**
     * @param checksums checksum of each file returned by {@link #needingChecksum}; other files keep their entry's
     */
    public List<Decision> decide(List<InputFile> files, Function<String, String> checksums) {
        List<Decision> out = new ArrayList<>();
        for (InputFile file : files) {
            Entry entry = entries.get(file.uri());
            String checksum = checksums.apply(file.uri());
            if (entry == null) {
                out.add(new Decision(file, checksum, "new"));
            } else if (checksum == null || Objects.equals(checksum, entry.checksum())) {
                out.add(new Decision(file, entry.checksum(), "unchanged"));
            } else {
                out.add(new Decision(file, checksum, "changed"));
            }
        }
        return out;
    }
}
