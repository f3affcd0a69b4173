package org.newsdrift.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdrift.config.SubjectConfig.AliasGroup;
import org.newsdrift.config.SubjectConfig.Entity;

class ConfigRecordsTest {

    @Test
    void fieldMappingFillsInIsoDatesUnknownLanguageAndNoRequiredKeys() {
        FieldMapping mapping = new FieldMapping("m", "body", null, null, "day", null, null, "Outlet", null, null, null);

        assertThat(mapping.dateFormat()).isEqualTo("iso");
        assertThat(mapping.languageName()).isEqualTo("und");
        assertThat(mapping.requireKeys()).isEmpty();
    }

    @Test
    void fieldMappingCopiesItsRequiredKeys() {
        List<String> keys = new ArrayList<>(List.of("headline"));
        FieldMapping mapping = new FieldMapping("m", "body", null, null, null, null, null, "Outlet", null, null, keys);
        keys.add("link");

        assertThat(mapping.requireKeys()).containsExactly("headline");
    }

    @Test
    void fieldMappingWithoutTextKeyIsRefusedNamingTheMapping() {
        assertThatThrownBy(() -> new FieldMapping("kcna", " ", null, null, null, null, null, "KCNA", null, null, null))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("field mapping 'kcna'")
                .hasMessageContaining("'text'");
    }

    @Test
    void fieldMappingWithNeitherSourceKeyNorSourceNameIsRefused() {
        assertThatThrownBy(() -> new FieldMapping("m", "body", null, null, null, null, null, " ", null, null, null))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("'source' (a key) or 'source_name' (a constant)");
    }

    @Test
    void ldaWithFewerMinimumDocumentsThanTopicsIsRefusedNamingBoth() {
        assertThatThrownBy(() ->
                        new LdaConfig(8, 60, 1L, "online", 0.5, 3, 0.5, 5000, 10, 7, null, null, null, null, null))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("lda.min_documents must be at least lda.k (8) (was 7)");
    }

    @Test
    void ldaSubsamplingRateAboveOneIsRefusedNamingTheValue() {
        assertThatThrownBy(() ->
                        new LdaConfig(8, 60, 1L, "online", 1.5, 3, 0.5, 5000, 10, 20, null, null, null, null, null))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("lda.subsampling_rate must be in (0, 1] (was 1.5)");
    }

    @Test
    void ldaUnknownOptimizerIsRefusedAndMissingOneMeansOnline() {
        assertThatThrownBy(
                        () -> new LdaConfig(8, 60, 1L, "mcmc", 0.5, 3, 0.5, 5000, 10, 20, null, null, null, null, null))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("lda.optimizer must be one of [online, em, gibbs] (was 'mcmc')");
        assertThat(new LdaConfig(8, 60, 1L, "online", 0.5, 3, 0.5, 5000, 10, 20, 0.5, 0.01, null, null, null)
                        .optimizer())
                .isEqualTo("online");
        assertThat(new LdaConfig(8, 1000, 1L, null, 0.5, 3, 0.5, 5000, 10, 20, null, null, null, null, null)
                        .optimizer())
                .isEqualTo("gibbs");
    }

    @Test
    void ldaPriorsAtOrBelowOneAreRefusedForTheEmOptimizerOnly() {
        assertThatThrownBy(() -> new LdaConfig(8, 60, 1L, "em", 0.5, 3, 0.5, 5000, 10, 20, 0.5, null, null, null, null))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("lda.doc_concentration must be above 1 with the em optimizer (was 0.5)");
        assertThatThrownBy(() -> new LdaConfig(8, 60, 1L, "em", 0.5, 3, 0.5, 5000, 10, 20, null, 1.0, null, null, null))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("lda.topic_concentration must be above 1 with the em optimizer (was 1.0)");
        assertThat(new LdaConfig(8, 60, 1L, "online", 0.5, 3, 0.5, 5000, 10, 20, 0.5, 0.01, 16.0, null, null)
                        .topicConcentration())
                .isEqualTo(0.01);
    }

    @Test
    void ldaLearningOffsetMustBePositiveAndMissingPriorsMeanSparksDefaults() {
        assertThatThrownBy(() ->
                        new LdaConfig(8, 60, 1L, "online", 0.5, 3, 0.5, 5000, 10, 20, null, null, 0.0, null, null))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("lda.learning_offset must be above 0 (was 0.0)");
        LdaConfig defaults =
                new LdaConfig(8, 60, 1L, "online", 0.5, 3, 0.5, 5000, 10, 20, null, null, null, null, null);
        assertThat(defaults.docConcentration()).isNull();
        assertThat(defaults.topicConcentration()).isNull();
        assertThat(defaults.learningOffset()).isNull();
        assertThat(defaults.learningDecay()).isNull();
    }

    @Test
    void gibbsTokensPerPartitionMustBePositiveAndDefaultsWhenAbsent() {
        assertThatThrownBy(
                        () -> new LdaConfig(8, 60, 1L, "gibbs", 0.5, 3, 0.5, 5000, 10, 20, null, null, null, null, 0L))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("lda.tokens_per_partition must be at least 1 (was 0)");
        assertThat(new LdaConfig(8, 60, 1L, "gibbs", 0.5, 3, 0.5, 5000, 10, 20, null, null, null, null, 40_000L)
                        .gibbsTokensPerPartition())
                .isEqualTo(40_000L);
        assertThat(new LdaConfig(8, 60, 1L, "gibbs", 0.5, 3, 0.5, 5000, 10, 20, null, null, null, null, null)
                        .gibbsTokensPerPartition())
                .isEqualTo(LdaConfig.DEFAULT_TOKENS_PER_PARTITION);
    }

    @Test
    void ldaLearningDecayMustBeAboveOneHalfAndAtMostOne() {
        assertThatThrownBy(() ->
                        new LdaConfig(8, 60, 1L, "online", 0.5, 3, 0.5, 5000, 10, 20, null, null, null, 0.5, null))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("lda.learning_decay must be in (0.5, 1] (was 0.5)");
        assertThatThrownBy(() ->
                        new LdaConfig(8, 60, 1L, "online", 0.5, 3, 0.5, 5000, 10, 20, null, null, null, 1.01, null))
                .isInstanceOf(ConfigException.class);
        assertThat(new LdaConfig(8, 60, 1L, "online", 0.5, 3, 0.5, 5000, 10, 20, null, null, null, 0.7, null)
                        .learningDecay())
                .isEqualTo(0.7);
    }

    @Test
    void textConfigRefusesAMinimumTokenLengthOfZero() {
        assertThatThrownBy(() -> new TextConfig(0, null))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("text.min_token_length must be between 1 and 10 (was 0)");
        assertThat(new TextConfig(3, null).extraStopWords()).isEmpty();
    }

    @Test
    void ingestConfigRefusesAnEmptyMappingList() {
        assertThatThrownBy(() -> new IngestConfig(List.of(), 40, 1 << 20, 10, 500))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("ingest.mappings is empty");
    }

    @Test
    void entityWithABlankFormIsRefusedNamingTheEntity() {
        assertThatThrownBy(() -> new Entity("putin", List.of("Putin", " "), null))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("entity 'putin'")
                .hasMessageContaining("blank form");
    }

    @Test
    void groupWithoutEntitiesIsRefusedNamingTheGroup() {
        assertThatThrownBy(() -> new AliasGroup("russia", List.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("group 'russia'");
    }

    @Test
    void subjectWithNoGroupsSaysItHasNone() {
        assertThatThrownBy(() -> new SubjectConfig("empty", null, null))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("(has 0)");
    }
}
