package org.newsdrift.clean.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LanguageDetectorTest {
    private static LanguageDetector detector;

    @BeforeAll
    static void loadModelsOnce() {
        detector = new LanguageDetector();
    }

    @Test
    void englishSentenceIsEnglish() {
        assertThat(detector.detect("North Korean troops were deployed to the Kursk region, officials said on Monday."))
                .isEqualTo("en");
    }

    @Test
    void koreanSentenceIsKorean() {
        assertThat(detector.detect("북한과 러시아가 포괄적 전략 동반자 관계 조약을 체결했다고 밝혔다.")).isEqualTo("ko");
    }

    @Test
    void russianSentenceIsRussian() {
        assertThat(detector.detect("Путин и Ким Чен Ын подписали договор о всеобъемлющем стратегическом партнёрстве."))
                .isEqualTo("ru");
    }

    @Test
    void ukrainianSentenceIsUkrainianNotRussian() {
        assertThat(detector.detect("Північна Корея надіслала своїх військових до Росії, повідомила розвідка України."))
                .isEqualTo("uk");
    }

    @Test
    void germanSentenceIsGerman() {
        assertThat(detector.detect("Nordkoreanische Soldaten kämpfen nach Angaben der Ukraine an der Seite Russlands."))
                .isEqualTo("de");
    }

    @Test
    void japaneseSentenceIsJapanese() {
        assertThat(detector.detect("北朝鮮の兵士がロシアに派遣されたと韓国の情報機関が発表した。")).isEqualTo("ja");
    }

    @Test
    void telegramPostWithLinksAndEmojiIsJudgedByItsText() {
        assertThat(detector.detect("🔥 Ким Чен Ын прибыл в Москву с официальным визитом @news_channel "
                        + "[подробнее](https://t.me/news_channel/123) https://example.com/a/b"))
                .isEqualTo("ru");
    }

    @Test
    void tinyTextIsUndetermined() {
        assertThat(detector.detect("OK")).isEqualTo(LanguageDetector.UNDETERMINED);
        assertThat(detector.detect("")).isEqualTo(LanguageDetector.UNDETERMINED);
        assertThat(detector.detect(null)).isEqualTo(LanguageDetector.UNDETERMINED);
    }

    @Test
    void emojiLinksAndHandlesAloneAreUndetermined() {
        assertThat(detector.detect("🔥🔥🔥 👍👍 🇷🇺🇰🇵 https://t.me/some_channel/4567 @some_channel #breaking"))
                .isEqualTo(LanguageDetector.UNDETERMINED);
    }

    @Test
    void minimumLettersIsConfigurable() {
        LanguageDetector lenient = new LanguageDetector(3, 0.0);
        assertThat(lenient.detect("Россия")).isEqualTo("ru");
        assertThat(detector.detect("Россия")).isEqualTo(LanguageDetector.UNDETERMINED);
    }

    @Test
    void cleaningKeepsMarkdownLinkTextAndDropsUrlsHandlesAndEmoji() {
        assertThat(LanguageDetector.clean("✅ Читать [статью](https://x.ru/a) тут https://t.me/c/1 @chan #тег 👍"))
                .isEqualTo("Читать статью тут");
    }

    @Test
    void invalidSettingsAreRejectedWithTheValue() {
        assertThatThrownBy(() -> new LanguageDetector(0, 0.1)).hasMessageContaining("(0)");
        assertThatThrownBy(() -> new LanguageDetector(20, 1.5)).hasMessageContaining("(1.5)");
    }
}
