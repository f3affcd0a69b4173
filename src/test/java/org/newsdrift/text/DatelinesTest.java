package org.newsdrift.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatelinesTest {
    @Test
    void wireDatelinesInSeveralStylesAreStripped() {
        assertThat(Datelines.strip("Pyongyang, August 2 (KCNA) -- Russia's delegation left."))
                .isEqualTo("Russia's delegation left.");
        assertThat(Datelines.strip("MOSCOW, Nov 5 (Reuters) - The rouble fell."))
                .isEqualTo("The rouble fell.");
        assertThat(Datelines.strip("(서울=연합뉴스) 홍길동 기자 = 북한이 발표했다.")).isEqualTo("북한이 발표했다.");
        assertThat(Datelines.strip("[평양=AP/뉴시스]북한이 발표했다.")).isEqualTo("북한이 발표했다.");
        assertThat(Datelines.strip("СЕУЛ, 5 ноября. /ТАСС/. КНДР заявила.")).isEqualTo("КНДР заявила.");
    }

    @Test
    void ordinaryOpeningsAreKept() {
        String text = "Russia and North Korea signed a treaty on Wednesday.";
        assertThat(Datelines.strip(text)).isSameAs(text);
        assertThat(Datelines.strip("Kim (the leader) met guests.")).isEqualTo("Kim (the leader) met guests.");
        assertThat(Datelines.strip(null)).isNull();
    }

    @Test
    void creditLinesAreRecognised() {
        assertThat(Datelines.isCredit("홍길동 기자 hong@yna.co.kr")).isTrue();
        assertThat(Datelines.isCredit("ⓒ 연합뉴스 무단 전재 및 재배포 금지")).isTrue();
        assertThat(Datelines.isCredit("Copyright 2024 The Paper.")).isTrue();
        assertThat(Datelines.isCredit("Putin met Kim Jong Un.")).isFalse();
    }

    @Test
    void thePlaceOfFilingIsTheDatelinesPlace() {
        assertThat(Datelines.place("Pyongyang, August 2 (KCNA) -- Russia's delegation left."))
                .isEqualTo("Pyongyang");
        assertThat(Datelines.place("MOSCOW, Nov 5 (Reuters) - The rouble fell."))
                .isEqualTo("MOSCOW");
        assertThat(Datelines.place("(서울=연합뉴스) 홍길동 기자 = 북한이 발표했다.")).isEqualTo("서울");
        assertThat(Datelines.place("СЕУЛ, 5 ноября. /ТАСС/. КНДР заявила.")).isEqualTo("СЕУЛ");
        assertThat(Datelines.place("Russia and North Korea signed a treaty.")).isNull();
        assertThat(Datelines.place(null)).isNull();
    }
}
