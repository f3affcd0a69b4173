package org.newsdrift.job;

import java.util.Map;
import org.apache.hadoop.conf.Configuration;

/**
 * A Hadoop configuration for work done before Spark starts (checking that inputs exist): the defaults plus every
 * {@code spark.hadoop.*} setting that spark-submit passed as a system property, as Spark itself would apply them.
 */
final class HadoopConfs {
    private static final String PREFIX = "spark.hadoop.";

    private HadoopConfs() {}

    static Configuration fromSystemProperties() {
        Configuration conf = new Configuration();
        for (Map.Entry<Object, Object> e : System.getProperties().entrySet()) {
            String key = String.valueOf(e.getKey());
            if (key.startsWith(PREFIX)) {
                conf.set(key.substring(PREFIX.length()), String.valueOf(e.getValue()));
            }
        }
        return conf;
    }
}
