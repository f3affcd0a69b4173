package org.newsdrift.job;

/**
 * What became of a run's input records; {@code recordsRead == accepted + rejected + duplicates} always.
 *
 * @param accepted canonical articles written
 * @param duplicates article rows pointing to a canonical copy, plus repeated records of an article already read
 * @param relevant canonical articles relevant to the subject
 */
record RunCounts(long recordsRead, long accepted, long rejected, long duplicates, long relevant) {
    /** A run that read no input. */
    static final RunCounts NONE = new RunCounts(0, 0, 0, 0, 0);

    RunCounts {
        if (recordsRead != accepted + rejected + duplicates) {
            throw new IllegalStateException("Cannot account for every record: read " + recordsRead + " but accepted "
                    + accepted + " + rejected " + rejected + " + duplicates " + duplicates + " = "
                    + (accepted + rejected + duplicates));
        }
    }
}
