package org.newsdrift.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Small articles of distinct themes, each drawing 15 terms from one theme's words, built with a fixed seed. */
final class TopicCorpus {
    static final StructType DOCS = new StructType()
            .add("article_id", DataTypes.StringType)
            .add("terms", DataTypes.createArrayType(DataTypes.StringType));
    static final List<String> MILITARY = List.of("missil", "launch", "satellit", "rocket", "orbit");
    static final List<String> FARMING = List.of("grain", "harvest", "farm", "rice", "crop");
    static final List<String> TRADE = List.of("port", "ship", "cargo", "rail", "bridg");

    private TopicCorpus() {}

    /** {@code perTheme} articles of each theme, ids {@code a000}, … in theme order round-robin. */
    static Dataset<Row> of(SparkSession spark, int perTheme, List<List<String>> themes) {
        Random random = new Random(7);
        List<Row> rows = new ArrayList<>();
        for (int d = 0; d < perTheme * themes.size(); d++) {
            List<String> theme = themes.get(d % themes.size());
            List<String> terms = new ArrayList<>();
            for (int i = 0; i < 15; i++) {
                terms.add(theme.get(random.nextInt(theme.size())));
            }
            rows.add(RowFactory.create(String.format("a%03d", d), terms));
        }
        return spark.createDataFrame(rows, DOCS);
    }
}
