package org.newsdrift.config;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NearDuplicateConfigTest {

    @Test
    void anLshThresholdStricterThanVerificationIsRejected() {
        assertThatThrownBy(() -> new NearDuplicateConfig(5, 18, 8, 1, 0.3, 0.5, 1L, 10))
                .hasMessageContaining("max_distance must be at least 1 - min_similarity")
                .hasMessageContaining("0.3");
    }

    @Test
    void featureBitsOutsideTenToThirtyAreRejected() {
        assertThatThrownBy(() -> new NearDuplicateConfig(5, 31, 8, 1, 0.6, 0.5, 1L, 10))
                .hasMessage("Cannot configure near-duplicates: feature_bits must be 10 to 30 (31)");
    }
}
