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
  /**
   * English words that rank high in news without saying what it is about: numbers, ordinals and units written out
   * ("two", "76th" is dropped by shape), modal and light verbs ("will", "made", "given", "back"), and vague
   * adjectives ("new"). Lucene's Snowball list has only function words; these come on top, as the word forms the
   * stop filter sees before stemming.
   */
  public static final List<String> ENGLISH = List.of(
      "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty",
      "thirty", "forty", "fifty", "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion",
      "billions", "trillion", "dozen", "dozens", "half", "first", "second", "third", "fourth", "fifth", "sixth",
      "seventh", "eighth", "ninth", "tenth", "last", "next", "former", "latter", "km", "kg", "kilometre",
      "kilometres", "kilometer", "kilometers", "metre", "metres", "meter", "meters", "percent", "cent", "ton",
      "tons", "tonne", "tonnes", "will", "shall", "can", "may", "might", "must", "also", "new", "make", "makes",
      "made", "making", "back", "give", "gives", "given", "giving", "gave", "take", "takes", "took", "taken",
      "taking", "get", "gets", "got", "well", "many", "much", "several", "various", "since", "ago", "yet", "still",
      "however", "even", "already", "among", "within", "upon", "via", "including", "include", "includes",
      "another", "every", "way", "like", "just", "us", "mr", "ms", "mrs", "etc", "put", "held", "hold", "holds");

  /** Korean bylines and notices ("기자", "무단 전재 및 재배포 금지", "사진 제공") as Nori splits them into morphemes. */
  public static final List<String> KOREAN = List.of(
      "기자", "특파원", "뉴스", "연합뉴스", "뉴시스", "뉴스1", "조선중앙통신", "통신", "무단", "전재", "재배포", "배포", "금지",
      "저작권", "사진", "제공", "캡처", "영상", "취재", "보도", "이메일", "구독", "제보", "앵커", "리포트", "오전", "오후",
      // Stop-like in Korean news: "this time", "last", "this year", "today", "recently", "after", "related",
      // "because", "about", ordinals. Numerals as such go by part of speech (NR).
      "이번", "지난", "올해", "이날", "오늘", "최근", "당시", "이후", "이전", "관련", "때문", "정도", "이상", "이하", "가운데",
      "하나", "첫째", "둘째", "셋째", "현지", "시간");

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
      "корреспондент", "фото", "видео", "читайте", "также", "источник", "ранее",
      // Numbers, ordinals and stop-like words of news Russian that Snowball's function-word list lacks.
      "один", "одна", "одно", "одного", "одной", "одним", "одних", "два", "две", "двух", "двум", "три", "трех",
      "четыре", "пять", "шесть", "семь", "восемь", "девять", "десять", "сто", "тысяча", "тысячи", "тысяч",
      "миллион", "миллиона", "миллионов", "миллиард", "миллиарда", "миллиардов", "первый", "первая", "первое",
      "первые", "первого", "первой", "первом", "первым", "первых", "второй", "вторая", "второе", "второго",
      "втором", "третий", "третья", "третье", "третьего", "год", "года", "году", "лет", "это", "этом", "этой",
      "этого", "эти", "этих", "который", "которая", "которое", "которые", "которого", "которой", "которых",
      "которым", "которыми", "котором", "которому", "которую", "вряд",
      "может", "могут", "будет", "будут", "также", "очень", "новый", "новая", "новые", "новых", "нового", "свой",
      "своих", "своей", "время", "сегодня", "вчера", "сейчас", "сих", "пор", "http", "https", "www");

  /** Ukrainian reporting verbs, agencies and site furniture, as inflected words (stop words run before lemmatising). */
  public static final List<String> UKRAINIAN = List.of(
      "повідомляє", "повідомив", "повідомила", "повідомили", "повідомляється", "заявив", "заявила", "заявили",
      "йдеться", "зазначив", "зазначила", "зазначили", "наголосив", "наголосила", "пише", "написав", "передає",
      "укрінформ", "уніан", "укрінформу", "новини", "новин", "агентство", "агентства", "кореспондент", "фото", "відео",
      "читайте", "також", "джерело", "раніше");

  private NewsStopWords() {}
}
