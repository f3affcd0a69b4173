package org.newsdrift.text.lang;

import java.util.List;

/**
 * Built-in news boilerplate per language: bylines, agency names, copyright notices and reporting verbs that occur in
 * almost every article and so say nothing about its subject. English boilerplate is configured instead
 * ({@code text.extra_stop_words}). Entries are lower case and are matched against the term as the chain's stop
 * filter sees it (Korean: a Nori morpheme; Russian: a lower-cased word before stemming; Ukrainian: a lower-cased
 * word before lemmatising).
 */
public final class NewsStopWords {
  /** Korean bylines and notices ("기자", "무단 전재 및 재배포 금지", "사진 제공") as Nori splits them into morphemes. */
  public static final List<String> KOREAN = List.of(
      "기자", "특파원", "뉴스", "연합뉴스", "뉴시스", "뉴스1", "조선중앙통신", "통신", "무단", "전재", "재배포", "배포", "금지",
      "저작권", "사진", "제공", "캡처", "영상", "취재", "보도", "이메일", "구독", "제보", "앵커", "리포트", "오전", "오후");

  /**
   * The Korean entries that Nori would split into smaller morphemes (연합뉴스 into 연합 + 뉴스, and 연합 is a real word):
   * the Korean chain adds them to Nori's user dictionary so they stay whole and their stop word can match.
   */
  public static final List<String> KOREAN_COMPOUNDS = List.of("특파원", "연합뉴스", "뉴스1", "조선중앙통신", "재배포", "저작권");

  /** Russian reporting verbs, agencies and site furniture, as inflected words (stop words run before stemming). */
  public static final List<String> RUSSIAN = List.of(
      "сообщает", "сообщил", "сообщила", "сообщили", "сообщается", "заявил", "заявила", "заявили", "говорится",
      "отметил", "отметила", "отметили", "подчеркнул", "подчеркнула", "передает", "передаёт", "пишет", "написал",
      "риа", "тасс", "интерфакс", "ведомости", "коммерсантъ", "новости", "новостей", "агентство", "агентства",
      "корреспондент", "фото", "видео", "читайте", "также", "источник", "ранее");

  /** Ukrainian reporting verbs, agencies and site furniture, as inflected words (stop words run before lemmatising). */
  public static final List<String> UKRAINIAN = List.of(
      "повідомляє", "повідомив", "повідомила", "повідомили", "повідомляється", "заявив", "заявила", "заявили",
      "йдеться", "зазначив", "зазначила", "зазначили", "наголосив", "наголосила", "пише", "написав", "передає",
      "укрінформ", "уніан", "укрінформу", "новини", "новин", "агентство", "агентства", "кореспондент", "фото", "відео",
      "читайте", "також", "джерело", "раніше");

  private NewsStopWords() {}
}
