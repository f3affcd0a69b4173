package org.newsdrift.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.newsdrift.config.JobConfig;
import org.newsdrift.config.LdaConfig;
import org.newsdrift.config.TopicUpdateConfig;
import org.newsdrift.model.InferencerCounts;
import org.newsdrift.model.LineageSentence;
import org.newsdrift.model.ModelMetadata;
import org.newsdrift.model.ModelStore;
import org.newsdrift.model.SweepChoice;
import org.newsdrift.model.SweepGrid;
import org.newsdrift.model.TopicAligner;
import org.newsdrift.model.TopicFit;
import org.newsdrift.model.TopicModelStep;
import org.newsdrift.model.TopicQuality;
import org.newsdrift.table.TableWriter;
import org.newsdrift.table.Tables;
import org.newsdrift.text.SurfaceFormStep;
import org.newsdrift.trends.TopicExamplesStep;
import org.newsdrift.trends.TopicTrendsStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the topic model of the subject's coverage: a nightly run scores the relevant articles with the current
 * model version and fits a new version only when there is none, the analyzer changed, the schedule says so or
 * tonight's articles drifted away from it; {@code retrain} fits one on demand, optionally sweeping k. Every new
 * version is saved, aligned to the previous one so topics keep their ids, and made current last.
 */
final class TopicModels {
  private static final Logger LOG = LoggerFactory.getLogger(TopicModels.class);
  private static final int LABEL_TERMS = 3;

  private final SparkSession spark;
  private final RunContext run;
  private final TableWriter tables;
  private final ModelStore store;
  private final LdaConfig lda;
  private final TopicUpdateConfig updates;
  private final TopicAligner aligner;

  TopicModels(SparkSession spark, RunContext run, TableWriter tables) {
    this.spark = spark;
    this.run = run;
    this.tables = tables;
    this.store = new ModelStore(spark, run.output());
    JobConfig config = run.config().job();
    this.lda = config.lda();
    this.updates = config.topicUpdates();
    this.aligner = new TopicAligner(updates.matchThreshold());
  }

  /**
   * What happened to the topic model in a run.
   *
   * @param action scored (with the current version), fitted (a new version, then scored) or none
   * @param reason why a new version was fitted, or null
   * @param oovRate share of tonight's relevant tokens outside the current vocabulary, or null
   * @param perplexityRatio tonight's perplexity over the model's held-out perplexity, or null
   */
  /**
   * What a run did to the topic model. {@code lineage} says in words what a new version did to the previous
   * version's topics ("4 topics continued, 2 born, 2 retired"); null when no version was fitted.
   */
  record Outcome(String modelVersion, String action, String reason, Double oovRate, Double perplexityRatio,
      long documents, String note, String lineage) {}

  /** A saved version and what it did to the previous version's topics. */
  private record Versioned(ModelStore.Saved saved, String lineage) {}

  /**
   * @param corpus canonical articles with article_id, terms, relevant, run_date, source, published_date, title
   * @param texts relevant canonical articles with article_id, title, text, language (read only when a version is
   *     fitted, for labels)
   */
  Outcome nightly(Dataset<Row> corpus, Dataset<Row> texts) {
    Dataset<Row> docs = corpus.filter(col("relevant"));
    Optional<ModelStore.Saved> current = store.current();
    String reason = null;
    Drift drift = null;
    if (current.isEmpty()) {
      reason = "no_model";
    } else if (!current.get().metadata().analyzerHash().equals(run.analyzerHash())) {
      reason = "analyzer_changed";
    } else if (updates.retrainEveryDays() > 0 && ChronoUnit.DAYS.between(
        LocalDate.parse(current.get().metadata().runDate()), run.runDate()) >= updates.retrainEveryDays()) {
      reason = "schedule";
    } else {
      drift = drift(current.get(), docs.filter(col("run_date").equalTo(lit(Date.valueOf(run.runDate())))));
      reason = drift.reason(updates);
    }
    ModelStore.Saved model = current.orElse(null);
    String note = null;
    String lineage = null;
    if (reason != null) {
      LOG.info("topics: fitting a new model version ({})", reason);
      // A first model, or one for changed terms, has nothing comparable to start from.
      Optional<ModelStore.Saved> warmFrom = reason.equals("no_model") || reason.equals("analyzer_changed")
          ? Optional.empty() : warmSource(current, lda.k());
      TopicFit fit = TopicModelStep.fit(docs, lda, lda.k(), lda.seed(), warmTopics(warmFrom));
      if (fit == null) {
        note = (current.isEmpty() ? "no topic model" : "no new topic model") + ": fewer than lda.min_documents ("
            + lda.minDocuments() + ") relevant training articles have vocabulary terms";
      } else {
        Versioned saved = saveVersion(fit, reason, current, warmFrom, texts);
        model = saved.saved();
        lineage = saved.lineage();
      }
    }
    if (model == null) {
      return new Outcome(null, "none", reason, null, null, 0, note, null);
    }
    long documents = publish(model, docs, corpus);
    String action = model != current.orElse(null) ? "fitted" : "scored";
    return new Outcome(model.metadata().version(), action, reason, drift == null ? null : drift.oovRate(),
        drift == null ? null : drift.perplexityRatio(), documents, note, lineage);
  }

  /**
   * Fits a new version on demand: k and seed from the config unless given, or the best k of a sweep (always a cold
   * start, so that its seeds are compared on their own). A single Gibbs fit starts from the current version's
   * topics when {@code warm} and {@code topic_updates.warm_start} allow it.
   *
   * @param sweep absent for no sweep; the k to compare, or an empty list for those {@link SweepGrid} gives the
   *     number of training articles
   */
  Outcome retrain(Dataset<Row> corpus, Dataset<Row> texts, long seed, Optional<List<Integer>> sweep, boolean warm) {
    Dataset<Row> docs = corpus.filter(col("relevant"));
    Optional<ModelStore.Saved> current = store.current();
    Optional<ModelStore.Saved> warmFrom = warm && sweep.isEmpty() ? warmSource(current, lda.k()) : Optional.empty();
    TopicFit fit = sweep.isEmpty() ? TopicModelStep.fit(docs, lda, lda.k(), seed, warmTopics(warmFrom))
        : sweep(docs, seed, sweep.get().isEmpty() ? sweepForCorpus(docs) : sweep.get());
    if (fit == null) {
      return new Outcome(current.map(s -> s.metadata().version()).orElse(null), "none", "requested", null, null, 0,
          "no new topic model: fewer than lda.min_documents (" + lda.minDocuments()
              + ") relevant training articles have vocabulary terms", null);
    }
    Versioned saved = saveVersion(fit, sweep.isEmpty() ? "requested" : "sweep", current, warmFrom, texts);
    long documents = publish(saved.saved(), docs, corpus);
    return new Outcome(saved.saved().metadata().version(), "fitted", sweep.isEmpty() ? "requested" : "sweep", null,
        null, documents, null, saved.lineage());
  }

  /**
   * The version a Gibbs refit of k topics starts from: the current one, when warm starts are on, it has k topics and
   * its terms were made by the same analyzer.
   */
  private Optional<ModelStore.Saved> warmSource(Optional<ModelStore.Saved> current, int k) {
    if (!lda.optimizer().equals("gibbs") || !updates.warmStart() || current.isEmpty()) {
      return Optional.empty();
    }
    ModelMetadata previous = current.get().metadata();
    if (previous.k() != k || !previous.analyzerHash().equals(run.analyzerHash())) {
      LOG.info("topics: cold start: the current version {} has k={} (fitting k={}){}", previous.version(),
          previous.k(), k, previous.analyzerHash().equals(run.analyzerHash()) ? "" : " and another analyzer");
      return Optional.empty();
    }
    LOG.info("topics: warm start from version {}", previous.version());
    return current;
  }

  private static List<Map<String, Double>> warmTopics(Optional<ModelStore.Saved> from) {
    return from.map(s -> TopicModelStep.distributions(s.lda(), s.vectorizer().vocabulary())).orElse(null);
  }

  private static List<Integer> sweepForCorpus(Dataset<Row> docs) {
    long training = TopicModelStep.training(docs).count();
    List<Integer> ks = SweepGrid.forCorpus(training);
    LOG.info("sweep: k in {} for {} training articles", ks, training);
    return ks;
  }

  private TopicFit sweep(Dataset<Row> docs, long seed, List<Integer> ks) {
    List<TopicFit> fits = new ArrayList<>();
    List<SweepChoice.Candidate> candidates = new ArrayList<>();
    Map<Integer, Double> stability = new HashMap<>();
    for (int k : ks) {
      List<List<Map<String, Double>>> ofThisK = new ArrayList<>();
      for (int s = 0; s < updates.sweepSeeds(); s++) {
        TopicFit fit = TopicModelStep.fit(docs, lda, k, seed + s);
        if (fit == null) {
          continue;
        }
        LOG.info("sweep: k={} seed={} npmi={} umass={} perplexity={} diversity={}", k, seed + s,
            fit.meanNpmi(), fit.meanUmass(), fit.perplexity(), fit.diversity());
        fits.add(fit);
        candidates.add(new SweepChoice.Candidate(k, seed + s, fit.meanNpmi()));
        ofThisK.add(fit.distributions());
      }
      stability.put(k, SweepChoice.stability(ofThisK, aligner));
    }
    if (fits.isEmpty()) {
      return null;
    }
    SweepChoice.Candidate chosen = SweepChoice.choose(candidates, stability, updates.minStability());
    List<Row> rows = new ArrayList<>();
    TopicFit chosenFit = null;
    for (TopicFit fit : fits) {
      boolean isChosen = fit.k() == chosen.k() && fit.seed() == chosen.seed();
      chosenFit = isChosen ? fit : chosenFit;
      rows.add(RowFactory.create(run.runId(), fit.k(), fit.seed(), fit.meanNpmi(), fit.meanUmass(),
          nanToNull(fit.perplexity()), fit.diversity(), stability.get(fit.k()), fit.trainingDocuments(), isChosen,
          Date.valueOf(run.runDate())));
    }
    tables.replacePartition(Tables.MODEL_SELECTION, "run_date", run.runDate(),
        spark.createDataFrame(rows, Tables.spec(Tables.MODEL_SELECTION).schema()));
    return chosenFit;
  }

  /** Saves a fitted version with stable topic ids and labels, writes its topics and lineage, makes it current. */
  private Versioned saveVersion(TopicFit fit, String reason, Optional<ModelStore.Saved> previous,
      Optional<ModelStore.Saved> warmFrom, Dataset<Row> texts) {
    String warmStartedFrom = warmFrom.map(s -> s.metadata().version()).orElse(null);
    // A warm start depends on the version it started from, so the same data and seed from another start is
    // another version.
    String version = "lda-" + TopicModelStep.hash(run.analyzerHash(), lda.toString(), String.valueOf(fit.k()),
        String.valueOf(fit.seed()), fit.vocabularyHash(), fit.trainingHash(),
        warmStartedFrom == null ? "cold" : "warm:" + warmStartedFrom).substring(0, 12);
    List<TopicAligner.Topic> previousTopics = new ArrayList<>();
    int nextTopicId = 0;
    String parent = null;
    if (previous.isPresent() && !previous.get().metadata().version().equals(version)) {
      ModelStore.Saved old = previous.get();
      parent = old.metadata().version();
      nextTopicId = old.metadata().nextTopicId();
      List<Map<String, Double>> oldTopics = TopicModelStep.distributions(old.lda(), old.vectorizer().vocabulary());
      for (int i = 0; i < oldTopics.size(); i++) {
        previousTopics.add(new TopicAligner.Topic(old.metadata().topicIds().get(i), oldTopics.get(i)));
      }
    } else if (previous.isPresent()) {
      // The same data, settings and seed again: the same version, so the same identities.
      ModelStore.Saved same = previous.get();
      publishTopics(same.metadata(), fit, List.of());
      return new Versioned(same, "the same version again: topics unchanged");
    }
    List<TopicAligner.Event> events = aligner.align(previousTopics, fit.distributions(), nextTopicId);
    Integer[] ids = new Integer[fit.k()];
    int maxId = nextTopicId - 1;
    for (TopicAligner.Event event : events) {
      if (event.topicIndex() >= 0 && !event.event().equals("merged")) {
        ids[event.topicIndex()] = event.topicId();
      }
      maxId = Math.max(maxId, event.topicId());
    }
    List<String> labels = labels(fit, texts);
    ModelMetadata metadata = new ModelMetadata(version, parent, run.runId(), run.runDate().toString(), reason,
        run.analyzerHash(), lda.toString(), fit.k(), fit.seed(), fit.vocabularyHash(),
        fit.vectorizer().vocabulary().length, fit.trainingDocuments(), fit.heldOutDocuments(), fit.meanNpmi(),
        fit.meanUmass(), fit.diversity(), fit.perplexity(), List.of(ids), labels, maxId + 1,
        fit.inferencer() == null ? ModelMetadata.SCORER_SPARK : ModelMetadata.SCORER_INFERENCER, warmStartedFrom);
    Optional<InferencerCounts> inferencer = Optional.ofNullable(fit.inferencer());
    store.save(metadata, fit.vectorizer(), fit.lda(), inferencer);
    publishTopics(metadata, fit, events);
    store.makeCurrent(version);
    String lineage = LineageSentence.of(events);
    LOG.info("topics: model {} saved (k={}, {} training articles, mean NPMI {}, perplexity {}); {}",
        version, fit.k(), fit.trainingDocuments(), String.format(Locale.ROOT, "%.2f", fit.meanNpmi()),
        String.format(Locale.ROOT, "%.0f", fit.perplexity()), lineage);
    return new Versioned(new ModelStore.Saved(metadata, fit.vectorizer(), fit.lda(), inferencer), lineage);
  }

  private void publishTopics(ModelMetadata metadata, TopicFit fit, List<TopicAligner.Event> events) {
    List<Row> topics = new ArrayList<>();
    for (int i = 0; i < fit.k(); i++) {
      List<Row> terms = new ArrayList<>();
      List<String> top = fit.topTerms().get(i);
      for (int t = 0; t < Math.min(lda.topTerms(), top.size()); t++) {
        terms.add(RowFactory.create(top.get(t), fit.topTermWeights().get(i).get(t)));
      }
      TopicQuality quality = fit.quality().get(i);
      topics.add(RowFactory.create(metadata.version(), metadata.topicIds().get(i), i, metadata.labels().get(i),
          terms, quality.npmi(), quality.umass(), fit.meanNpmi(), fit.diversity(), nanToNull(fit.perplexity()),
          fit.trainingDocuments(), Date.valueOf(metadata.runDate())));
    }
    tables.replacePartition(Tables.TOPICS, "model_version", metadata.version(),
        spark.createDataFrame(topics, Tables.spec(Tables.TOPICS).schema()));
    if (events.isEmpty()) {
      return;
    }
    List<Row> lineage = new ArrayList<>();
    for (TopicAligner.Event e : events) {
      lineage.add(RowFactory.create(metadata.version(), e.topicId(), metadata.parent(), e.matchedFrom(),
          e.distance(), e.event()));
    }
    tables.replacePartition(Tables.TOPIC_LINEAGE, "model_version", metadata.version(),
        spark.createDataFrame(lineage, Tables.spec(Tables.TOPIC_LINEAGE).schema()));
  }

  /** Scores every relevant article with the model; writes doc_topics, topic_examples and topic_trends. */
  private long publish(ModelStore.Saved model, Dataset<Row> docs, Dataset<Row> corpus) {
    String version = model.metadata().version();
    int[] ids = model.metadata().topicIdArray();
    Dataset<Row> scored = TopicModelStep.score(model, docs)
        .select(col("article_id"), lit(version).as("model_version"), col("topic_weights"),
            TopicModelStep.topicIdOf(col("dominant_index"), ids).as("dominant_topic"), col("dominant_weight"));
    tables.replacePartition(Tables.DOC_TOPICS, "model_version", version, scored);
    Dataset<Row> docTopics = tables.read(spark, Tables.DOC_TOPICS).filter(col("model_version").equalTo(version));
    tables.replacePartition(Tables.TOPIC_EXAMPLES, "model_version", version,
        TopicExamplesStep.run(docTopics, corpus, ids));
    tables.replaceAll(Tables.TOPIC_TRENDS,
        TopicTrendsStep.run(corpus, docTopics, ids, run.config().job().granularities()));
    return docTopics.count();
  }

  private List<String> labels(TopicFit fit, Dataset<Row> texts) {
    Set<String> wanted = new HashSet<>();
    fit.topTerms().forEach(terms -> wanted.addAll(terms.subList(0, Math.min(LABEL_TERMS, terms.size()))));
    Map<String, String> forms = SurfaceFormStep.mostFrequent(TopicModelStep.training(texts), wanted, run.config().job().text(),
        run.config().subject());
    List<String> labels = new ArrayList<>();
    for (List<String> terms : fit.topTerms()) {
      List<String> words = new ArrayList<>();
      for (String term : terms.subList(0, Math.min(LABEL_TERMS, terms.size()))) {
        words.add(forms.getOrDefault(term, term));
      }
      labels.add(String.join(" / ", words));
    }
    return labels;
  }

  private Drift drift(ModelStore.Saved model, Dataset<Row> tonight) {
    Row totals = TopicModelStep.score(model.vectorizer(), model.lda(), tonight)
        .agg(sum("n_terms"), sum("n_known")).first();
    if (totals.isNullAt(0) || totals.getLong(0) == 0) {
      return new Drift(null, null);
    }
    double oovRate = 1 - totals.getLong(1) / (double) totals.getLong(0);
    double perplexity = TopicModelStep.perplexity(model.vectorizer(), model.lda(), tonight);
    double ratio = Double.isNaN(perplexity) || Double.isNaN(model.metadata().perplexity()) ? Double.NaN
        : perplexity / model.metadata().perplexity();
    return new Drift(oovRate, Double.isNaN(ratio) ? null : ratio);
  }

  /** Tonight's articles against the current model. */
  private record Drift(Double oovRate, Double perplexityRatio) {
    String reason(TopicUpdateConfig updates) {
      if (oovRate != null && oovRate > updates.maxOovRate()) {
        return "oov_drift";
      }
      if (perplexityRatio != null && perplexityRatio > updates.maxPerplexityRatio()) {
        return "perplexity_drift";
      }
      return null;
    }
  }

  private static Double nanToNull(double value) {
    return Double.isNaN(value) ? null : value;
  }
}
