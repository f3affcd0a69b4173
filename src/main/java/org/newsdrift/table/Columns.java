package org.newsdrift.table;

/**
 * Every output table's column names, one constant each, so that steps name columns in one place. {@code
 * ColumnsTest} checks these against {@code tables.json} both ways: a column declared there has a constant here, and a
 * constant here names a declared column. Columns a step makes for its own use are constants of that step.
 */
public final class Columns {
    private Columns() {}

    /** In runs. */
    public static final String ACCEPTED = "accepted";
    /** In articles. */
    public static final String ALSO_READ_FROM = "also_read_from";
    /** In articles, article_terms, doc_topics, topic_examples. */
    public static final String ARTICLE_ID = "article_id";
    /** In articles. */
    public static final String ARTICLE_KIND = "article_kind";
    /** In coverage. */
    public static final String ATTENTION = "attention";
    /** In coverage. */
    public static final String ATTENTION_HIGH = "attention_high";
    /** In coverage. */
    public static final String ATTENTION_LOW = "attention_low";
    /** In source_boilerplate. */
    public static final String BOILERPLATE_SHARE = "boilerplate_share";
    /** In term_trends. */
    public static final String BURST_Z = "burst_z";
    /** In input_ledger. */
    public static final String CHECKSUM = "checksum";
    /** In model_selection. */
    public static final String CHOSEN = "chosen";
    /** In runs. */
    public static final String COMMAND = "command";
    /** In runs. */
    public static final String CONFIG_JSON = "config_json";
    /** In articles. */
    public static final String CONTENT_HASH = "content_hash";
    /** In articles. */
    public static final String COPIES = "copies";
    /** In articles. */
    public static final String DATE_NOTE = "date_note";
    /** In articles. */
    public static final String DATE_SOURCE = "date_source";
    /** In rejects. */
    public static final String DETAIL = "detail";
    /** In topic_lineage. */
    public static final String DISTANCE = "distance";
    /** In topics, model_selection. */
    public static final String DIVERSITY = "diversity";
    /** In term_trends. */
    public static final String DOC_FREQ = "doc_freq";
    /** In topic_trends. */
    public static final String DOMINANT_SHARE = "dominant_share";
    /** In topic_trends. */
    public static final String DOMINANT_SHARE_HIGH = "dominant_share_high";
    /** In topic_trends. */
    public static final String DOMINANT_SHARE_LOW = "dominant_share_low";
    /** In doc_topics. */
    public static final String DOMINANT_TOPIC = "dominant_topic";
    /** In doc_topics. */
    public static final String DOMINANT_WEIGHT = "dominant_weight";
    /** In articles. */
    public static final String DUPLICATE_KIND = "duplicate_kind";
    /** In articles. */
    public static final String DUPLICATE_OF = "duplicate_of";
    /** In runs. */
    public static final String DUPLICATES = "duplicates";
    /** In topic_lineage. */
    public static final String EVENT = "event";
    /** In articles. */
    public static final String EVIDENCE = "evidence";
    /** In source_boilerplate. */
    public static final String EXAMPLES = "examples";
    /** In runs. */
    public static final String FINISHED_AT = "finished_at";
    /** In topics. */
    public static final String FITTED_ON = "fitted_on";
    /** In term_trends. */
    public static final String FORM = "form";
    /** In coverage, term_trends, topic_trends. */
    public static final String GRANULARITY = "granularity";
    /** In articles, rejects, source_boilerplate. */
    public static final String INPUT_FILE = "input_file";
    /** In runs. */
    public static final String INPUT_FILES = "input_files";
    /** In model_selection. */
    public static final String K = "k";
    /** In topics. */
    public static final String LABEL = "label";
    /** In articles, coverage, topic_trends. */
    public static final String LANGUAGE = "language";
    /** In articles, rejects. */
    public static final String LOCATOR = "locator";
    /** In articles. */
    public static final String LSH_KEYS = "lsh_keys";
    /** In articles. */
    public static final String LSH_SETTINGS = "lsh_settings";
    /** In topic_lineage. */
    public static final String MATCHED_FROM = "matched_from";
    /** In articles. */
    public static final String MATCHED_TERMS = "matched_terms";
    /** In model_selection. */
    public static final String MEAN_NPMI = "mean_npmi";
    /** In model_selection. */
    public static final String MEAN_UMASS = "mean_umass";
    /** In runs. */
    public static final String MESSAGE = "message";
    /** In runs. */
    public static final String MODEL_ACTION = "model_action";
    /** In topics. */
    public static final String MODEL_NPMI = "model_npmi";
    /** In runs. */
    public static final String MODEL_REASON = "model_reason";
    /** In topics, doc_topics, topic_trends, runs, topic_lineage, topic_examples. */
    public static final String MODEL_VERSION = "model_version";
    /** In input_ledger. */
    public static final String MODIFICATION_TIME = "modification_time";
    /** In coverage, topic_trends. */
    public static final String N_ARTICLES = "n_articles";
    /** In coverage. */
    public static final String N_DIGESTS = "n_digests";
    /** In topic_trends. */
    public static final String N_DOMINANT = "n_dominant";
    /** In coverage. */
    public static final String N_RELEVANT = "n_relevant";
    /** In coverage. */
    public static final String N_RELEVANT_DIGESTS = "n_relevant_digests";
    /** In coverage. */
    public static final String N_RELEVANT_UNIQUE = "n_relevant_unique";
    /** In coverage. */
    public static final String N_UNIQUE = "n_unique";
    /** In topics. */
    public static final String NPMI = "npmi";
    /** In runs. */
    public static final String OOV_RATE = "oov_rate";
    /** In articles. */
    public static final String OUTLETS = "outlets";
    /** In source_boilerplate. */
    public static final String PAGES = "pages";
    /** In topic_lineage. */
    public static final String PARENT_VERSION = "parent_version";
    /** In coverage, term_trends, topic_trends. */
    public static final String PERIOD_START = "period_start";
    /** In topics, model_selection. */
    public static final String PERPLEXITY = "perplexity";
    /** In runs. */
    public static final String PERPLEXITY_RATIO = "perplexity_ratio";
    /** In topic_trends. */
    public static final String PREVALENCE = "prevalence";
    /** In topic_trends. */
    public static final String PREVALENCE_HIGH = "prevalence_high";
    /** In topic_trends. */
    public static final String PREVALENCE_LOW = "prevalence_low";
    /** In articles, topic_examples. */
    public static final String PUBLISHED_DATE = "published_date";
    /** In article_terms, term_trends, topic_examples. */
    public static final String RANK = "rank";
    /** In rejects. */
    public static final String REASON = "reason";
    /** In runs. */
    public static final String RECORDS_READ = "records_read";
    /** In runs. */
    public static final String REJECTED = "rejected";
    /** In articles. */
    public static final String RELEVANCE_SCORE = "relevance_score";
    /** In articles, runs. */
    public static final String RELEVANT = "relevant";
    /** In coverage. */
    public static final String RELEVANT_OUTLETS = "relevant_outlets";
    /** In articles, rejects, source_boilerplate, runs, model_selection, input_ledger. */
    public static final String RUN_DATE = "run_date";
    /** In articles, rejects, source_boilerplate, runs, model_selection, input_ledger. */
    public static final String RUN_ID = "run_id";
    /** In term_trends. */
    public static final String SCOPE = "scope";
    /** In model_selection. */
    public static final String SEED = "seed";
    /** In input_ledger. */
    public static final String SIZE = "size";
    /** In articles, source_boilerplate, coverage, topic_trends, topic_examples. */
    public static final String SOURCE = "source";
    /** In model_selection. */
    public static final String STABILITY = "stability";
    /** In runs. */
    public static final String STARTED_AT = "started_at";
    /** In runs, input_ledger. */
    public static final String STATUS = "status";
    /** In runs. */
    public static final String STEPS = "steps";
    /** In source_boilerplate. */
    public static final String TEMPLATE_LINES = "template_lines";
    /** In article_terms, term_trends. */
    public static final String TERM = "term";
    /** In articles, topics. */
    public static final String TERMS = "terms";
    /** In articles. */
    public static final String TERMS_ANALYZER = "terms_analyzer";
    /** In articles. */
    public static final String TEXT = "text";
    /** In article_terms, term_trends. */
    public static final String TFIDF = "tfidf";
    /** In articles, topic_examples. */
    public static final String TITLE = "title";
    /** In topics, topic_trends, topic_lineage, topic_examples. */
    public static final String TOPIC_ID = "topic_id";
    /** In topics. */
    public static final String TOPIC_INDEX = "topic_index";
    /** In doc_topics. */
    public static final String TOPIC_WEIGHTS = "topic_weights";
    /** In topics, model_selection. */
    public static final String TRAINING_DOCUMENTS = "training_documents";
    /** In topics. */
    public static final String UMASS = "umass";
    /** In input_ledger. */
    public static final String URI = "uri";
    /** In articles. */
    public static final String URL = "url";
    /** In topic_examples. */
    public static final String WEIGHT = "weight";
}
