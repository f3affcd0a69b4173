package org.newsdrift.report;

import static org.apache.spark.sql.functions.col;

import java.util.HashMap;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.newsdrift.table.Columns;
import org.newsdrift.table.TableWriter;
import org.newsdrift.table.Tables;

/**
 * The written form of each analysed term as {@code term_trends.form} records it ("ministry" for {@code minist}), for
 * the places that read terms from other tables (a topic's top terms).
 */
public final class TermForms {
    private TermForms() {}

    /** Term to its written form, for every term of the subject's coverage that has one; a small map on the driver. */
    public static Map<String, String> read(SparkSession spark, TableWriter tables) {
        Map<String, String> forms = new HashMap<>();
        tables.read(spark, Tables.TERM_TRENDS)
                .filter(col(Columns.SCOPE)
                        .equalTo("relevant")
                        .and(col(Columns.FORM).isNotNull()))
                .select(Columns.TERM, Columns.FORM)
                .distinct()
                .collectAsList()
                .forEach(row -> forms.put(row.getString(0), row.getString(1)));
        return forms;
    }

    /** What a reader is shown for {@code term}: its written form, else the term itself (an older run wrote none). */
    public static String shown(Map<String, String> forms, String term) {
        return forms.getOrDefault(term, term);
    }
}
