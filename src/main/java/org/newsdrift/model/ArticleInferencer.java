package org.newsdrift.model;

import cc.mallet.topics.TopicInferencer;
import cc.mallet.types.Alphabet;
import cc.mallet.types.FeatureSequence;
import cc.mallet.types.Instance;

/**
 * Topic weights of new articles under a Gibbs fit, by MALLET's {@link TopicInferencer} with the settings of MALLET's
 * {@code infer-topics} command: {@value #ITERATIONS} sweeps over the article, of which the first {@value #BURN_IN}
 * are burn-in and then every {@value #THINNING}th is averaged, the topic–word counts held fixed. MALLET seeds one
 * random stream per inferencer; here it is re-seeded before each article from the model's seed and the article's
 * id, so an article's weights do not depend on which articles were scored before it, on which task, or when. Not
 * thread-safe: one per task.
 */
public final class ArticleInferencer {
    /** Sweeps over an article (MALLET's {@code --num-iterations} default). */
    public static final int ITERATIONS = 100;
    /** Sweeps before the first sample is kept (MALLET's {@code --burn-in} default). */
    public static final int BURN_IN = 10;
    /** Sweeps between two kept samples (MALLET's {@code --sample-interval} default). */
    public static final int THINNING = 10;

    private final TopicInferencer inferencer;
    private final Alphabet alphabet;
    private final long modelSeed;

    public ArticleInferencer(InferencerCounts counts, long modelSeed) {
        this.inferencer = counts.newInferencer();
        this.alphabet = new Alphabet(counts.terms());
        this.modelSeed = modelSeed;
    }

    /**
     * The article's topic weights (they sum to 1; each is at least alpha's share, as MALLET smooths them).
     *
     * @param words the article's tokens as vocabulary indices, in a fixed order
     */
    public double[] weights(String articleId, int[] words) {
        inferencer.setRandomSeed(seedOf(modelSeed, articleId));
        Instance instance = new Instance(new FeatureSequence(alphabet, words), null, articleId, null);
        return inferencer.getSampledDistribution(instance, ITERATIONS, THINNING, BURN_IN);
    }

    /** An article's seed, folded to the int MALLET takes; never 0, which MALLET's command line reads as "the clock". */
    static int seedOf(long modelSeed, String articleId) {
        long h = ArticleSeeds.of(modelSeed, articleId);
        int seed = (int) (h ^ (h >>> 32));
        return seed == 0 ? 1 : seed;
    }
}
