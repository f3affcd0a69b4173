package org.newsdrift.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DigestDetectorTest {
    @Test
    void aTextMadeOfListItemsIsADigest() {
        String review = "Following are major news items:\n- An editorial calls for work.\n- A ceremony took place.\n"
                + "- Players won six medals.\n- A delegation arrived.\n- Russian children visited places.";
        String telegram =
                "⚡ Новости к этому часу\n\n☁️ Облако\n\n👮 Срок\n\n📖 Слово года\n\n🛰 Спутник\n\n👤 Отставка";

        assertThat(DigestDetector.kindOf("Press Review", review)).isEqualTo(DigestDetector.DIGEST);
        assertThat(DigestDetector.kindOf(null, telegram)).isEqualTo(DigestDetector.DIGEST);
    }

    @Test
    void aRoundUpTitleOverAShortListIsADigest() {
        String text = "올해의 뉴스를 꼽았다.\n1. 관세 전쟁\n2. 북러 조약\n3. 인공지능\n각 항목을 돌아본다.\n끝.";

        assertThat(DigestDetector.kindOf("2025 국제 10대 뉴스", text)).isEqualTo(DigestDetector.DIGEST);
        assertThat(DigestDetector.kindOf("북러 조약 1년", text)).isEqualTo(DigestDetector.ARTICLE);
    }

    @Test
    void anArticleWithAFewBulletPointsIsAnArticle() {
        String text = "Putin met Kim Jong Un on Wednesday.\nThey agreed on three points:\n- trade\n- troops\n- rail\n"
                + "The talks lasted a day.\nBoth sides praised them.\nA banquet followed.";

        assertThat(DigestDetector.kindOf("Putin in Pyongyang", text)).isEqualTo(DigestDetector.ARTICLE);
        assertThat(DigestDetector.kindOf("Review", null)).isEqualTo(DigestDetector.ARTICLE);
    }
}
