package org.newsdrift.clean.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One line at a time: each chrome rule on a line that should trip it, and article lines that should not. */
class ChromeLineClassifierTest {
    private final ChromeLineClassifier classifier = new ChromeLineClassifier();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Skip to content | PHRASE",
                "Sign up for our daily newsletter | PHRASE",
                "Listen to this article | PHRASE",
                "Leave a Comment | PHRASE",
                "Your email address will not be published. Required fields are marked * | PHRASE",
                "Related: Kim Jong Un inspects new missile launchers | PHRASE",
                "Read more: How the treaty changes the war | PHRASE",
                "Share on Facebook | PHRASE",
                "구독 | PHRASE",
                "기자 구독하기 | PHRASE",
                "Подписаться | PHRASE",
                "Читайте также: Путин прибыл в Пхеньян | PHRASE",
                "Підписатися | PHRASE",
                "Читайте також: Путін прибув до Пхеньяна | PHRASE",
                "News Feed, South Korea, North Korea, Russia, Weapons for Ukraine, Ukraine | MENU",
                "Home · World · Asia · Politics | MENU",
                "HOME WORLD POLITICS BUSINESS | MENU",
                "#Russia #NorthKorea #Putin | MENU",
                "[Facebook](https://facebook.com/page) [Telegram](https://t.me/channel) | LINKS",
                "by Chris York June 20, 2024 2:39 PM 2 min read | BYLINE",
                "By Chris York | BYLINE",
                "Author: Chris York | BYLINE",
                "Published June 20, 2024 | BYLINE",
                "Jun 20, 2024 | TIMESTAMP",
                "12:22 AM (Updated: ) | TIMESTAMP",
                "1:35 AM | TIMESTAMP",
                "2 hours ago | TIMESTAMP",
                "Putin and Kim in Pyongyang. (Gavril Grigorov/Pool/AFP via Getty Images) | CAPTION",
                "Photo: Reuters | CAPTION",
                "“The next Secretary General should be from a new member state… | TEASER",
                "Video | PHRASE",
                "Related articles | SECTION_END",
                "Mehr zum Thema Hitzeschäden | SECTION_END",
                "Ähnliche Artikel: | SECTION_END",
                "World news | NAVIGATION"
            })
    void chromeLineIsRecognisedWithItsKind(String line, LineKind kind) {
        assertThat(classifier.classify(line)).isEqualTo(kind);
        assertThat(kind.isChrome()).isTrue();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "South Korea to reconsider Ukraine weapons supplies in response to Russia-North Korea pact | HEADING",
                "South Korea Warns Russia Over North Korea Ties, Threat to Europe | HEADING",
                "Putin to share missile technology with Kim | HEADING",
                "Kommentare aus Moskau und Seoul zum Vertrag der beiden Staaten über gegenseitigen Beistand | HEADING",
                "The two leaders led hours-long talks before signing the treaty. | PROSE",
                "By the end of the year, Russia had received millions of shells from Pyongyang. | PROSE",
                "Seoul said it would subscribe to the sanctions regime proposed in Brussels on June 20, 2024. | PROSE",
                "The statement was reported by the Associated Press (AP). | PROSE",
                "러시아와 북한은 상호 방위 조약에 서명했다고 조선중앙통신이 전했다. | PROSE",
                "Москва и Пхеньян подписали договор о всеобъемлющем стратегическом партнерстве. | PROSE",
                "'' | BLANK"
            })
    void articleLineIsNotChrome(String line, LineKind kind) {
        assertThat(classifier.classify(line == null ? "" : line)).isEqualTo(kind);
        assertThat(kind.isChrome()).isFalse();
    }
}
