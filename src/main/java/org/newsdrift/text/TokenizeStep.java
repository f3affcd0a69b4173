package org.newsdrift.text;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.types.DataTypes;
import org.newsdrift.config.SubjectConfig;
import org.newsdrift.config.TextConfig;
import org.newsdrift.table.Columns;
import org.newsdrift.table.RequiredColumns;

/** Adds a {@code terms} column (array of analysed terms) from each article's title, text and language. */
public final class TokenizeStep {
    private TokenizeStep() {}

    public static Dataset<Row> run(Dataset<Row> articles, TextConfig text, SubjectConfig subject) {
        RequiredColumns.check(articles, "analyse terms", Columns.TITLE, Columns.TEXT, Columns.LANGUAGE);
        return articles.withColumn(Columns.TERMS, analysed(text, subject));
    }

    /**
     * A row's stored {@code terms} when its {@code terms_analyzer} is {@code analyzerHash} (the settings in use), else
     * its title and text analysed now.
     */
    public static Column storedOrAnalysed(TextConfig text, SubjectConfig subject, String analyzerHash) {
        return when(
                        col(Columns.TERMS_ANALYZER)
                                .equalTo(lit(analyzerHash))
                                .and(col(Columns.TERMS).isNotNull()),
                        col(Columns.TERMS))
                .otherwise(analysed(text, subject));
    }

    private static Column analysed(TextConfig text, SubjectConfig subject) {
        return udf(new Tokenize(text, subject), DataTypes.createArrayType(DataTypes.StringType, false))
                .apply(col(Columns.TITLE), col(Columns.TEXT), col(Columns.LANGUAGE));
    }

    /** Builds its analyzer once per deserialised copy (that is, per task), not per row. */
    private static final class Tokenize implements UDF3<String, String, String, String[]> {
        private static final long serialVersionUID = 1L;
        private final TextConfig text;
        private final SubjectConfig subject;
        private transient TermExtractor extractor;

        Tokenize(TextConfig text, SubjectConfig subject) {
            this.text = text;
            this.subject = subject;
        }

        @Override
        public String[] call(String title, String body, String language) {
            if (extractor == null) {
                extractor = new TermExtractor(text, subject);
            }
            List<String> terms = extractor.terms(title, body, language);
            return terms.toArray(new String[0]);
        }
    }
}
