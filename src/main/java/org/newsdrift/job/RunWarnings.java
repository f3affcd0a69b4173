package org.newsdrift.job;

import java.util.ArrayList;
import java.util.List;

/**
 * What in a succeeded night's counts a person should look at before trusting its tables: most records rejected,
 * nothing relevant, nothing dated. Each would leave attention and trends empty or meaningless without failing.
 */
final class RunWarnings {
    private RunWarnings() {}

    /**
     * @param counts the night's counts
     * @param dated tonight's accepted articles that have a publication date (from the page, record or crawl)
     */
    static List<String> of(RunCounts counts, long dated) {
        List<String> warnings = new ArrayList<>();
        if (counts.recordsRead() > 0 && counts.rejected() * 2 > counts.recordsRead()) {
            warnings.add(String.format(
                    "most records were rejected (%d of %d); the rejects table gives each reason",
                    counts.rejected(), counts.recordsRead()));
        }
        if (counts.accepted() > 0 && counts.relevant() == 0) {
            warnings.add(
                    "no accepted article is relevant to the subject; check the subject file's names against the inputs");
        }
        if (counts.accepted() > 0 && dated == 0) {
            warnings.add("no accepted article has a publication date, so no period counts it; check the config's "
                    + "published field and date_format");
        }
        return warnings;
    }
}
