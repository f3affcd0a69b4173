package org.newsdrift.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsdrift.TestFiles;

/** topic_updates.warm_start: on unless the config turns it off. */
class TopicUpdateConfigTest {
    @Test
    void warmStartIsOnWhenTheKeyIsAbsentAndOffOnlyWhenSetToFalse() {
        assertThat(new TopicUpdateConfig(0.5, 0, 0.5, 1.5, 2, 0.6, null).warmStart())
                .isTrue();
        assertThat(new TopicUpdateConfig(0.5, 0, 0.5, 1.5, 2, 0.6, true).warmStart())
                .isTrue();
        assertThat(new TopicUpdateConfig(0.5, 0, 0.5, 1.5, 2, 0.6, false).warmStart())
                .isFalse();
    }

    @Test
    void theBundledConfigWarmStarts() {
        assertThat(ConfigLoader.load(TestFiles.defaultConfig())
                        .job()
                        .topicUpdates()
                        .warmStart())
                .isTrue();
    }
}
