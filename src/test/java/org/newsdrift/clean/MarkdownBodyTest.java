package org.newsdrift.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownBodyTest {
    @Test
    void crawlerLayoutGoesAndProseStays() {
        String body = "\n# 강남구 평가\n\n**연합뉴스** | 2025-12-25 00:00 | \n\n---\n\n(서울=연합뉴스) 본문 **강조** 입니다. "
                + "[원문](https://example.org/a)\n\n---\n\n*Crawled at: 2025-12-25 14:57:23*\n"
                + "*Source: [원문 보기](https://n.news.naver.com/x)*\n";

        assertThat(MarkdownBody.strip(body)).isEqualTo("(서울=연합뉴스) 본문 강조 입니다. 원문");
    }

    @Test
    void aHeadingInsideTheProseIsKeptAsText() {
        assertThat(MarkdownBody.strip("First paragraph.\n\n## Background\n\nSecond."))
                .isEqualTo("First paragraph.\n\n## Background\n\nSecond.");
    }

    @Test
    void strippingTwiceChangesNothing() {
        String once = MarkdownBody.strip("# T\n\n**A** | d |\n\nText with [a link](http://x) and __bold__.\n\n---");
        assertThat(MarkdownBody.strip(once)).isEqualTo(once).isEqualTo("Text with a link and bold.");
    }
}
