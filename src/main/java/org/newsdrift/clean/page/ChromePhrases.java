package org.newsdrift.clean.page;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The phrase list of page chrome, in English, Korean, Russian and Ukrainian. Phrases are lower case and matched on a
 * line's lower-case form with its edge punctuation removed (so "Subscribe »" is "subscribe").
 *
 * <ul>
 *   <li>{@link #WHOLE_LINES}: chrome only when they are the whole line; as words they occur in articles ("share",
 *       "video").
 *   <li>{@link #PREFIXES}: chrome when a line starts with them, whatever follows ("Related: Putin visits ...").
 *   <li>{@link #CONTAINED}: chrome anywhere in a short line, as whole words; specific enough that no article
 *       sentence carries them.
 * </ul>
 */
final class ChromePhrases {
    static final Set<String> WHOLE_LINES = Set.of(
            // navigation and widgets
            "menu",
            "search",
            "home",
            "video",
            "videos",
            "photo",
            "photos",
            "audio",
            "podcast",
            "podcasts",
            "share",
            "tweet",
            "print",
            "email",
            "comments",
            "comment",
            "advertisement",
            "sponsored",
            "ad",
            "close",
            "next",
            "previous",
            "trending",
            "most read",
            "most popular",
            "latest",
            "latest news",
            "top stories",
            "news feed",
            "live",
            "subscribe",
            "sign in",
            "log in",
            "login",
            "register",
            "newsletter",
            "newsletters",
            "donate",
            "support us",
            "follow us",
            "more",
            "load more",
            "open gallery",
            "full screen",
            "exit full screen",
            "show more",
            "see more",
            "view more",
            "back",
            "back to top",
            "top",
            // Korean
            "구독",
            "구독하기",
            "공유",
            "공유하기",
            "댓글",
            "좋아요",
            "광고",
            "메뉴",
            "검색",
            "로그인",
            "회원가입",
            "많이 본 뉴스",
            "많이 본 기사",
            "최신 뉴스",
            "인기 기사",
            "기사 공유",
            "프린트",
            "인쇄",
            "목록",
            // Russian
            "подписаться",
            "подпишитесь",
            "поделиться",
            "комментарии",
            "комментарий",
            "реклама",
            "меню",
            "поиск",
            "войти",
            "главная",
            "новости",
            "лента новостей",
            "видео",
            "фото",
            "читать далее",
            "популярное",
            // Ukrainian
            "підписатися",
            "підпишіться",
            "поділитися",
            "коментарі",
            "коментар",
            "пошук",
            "увійти",
            "головна",
            "новини",
            "стрічка новин",
            "відео",
            "читати далі",
            "популярне");

    static final List<String> PREFIXES = List.of(
            "related:",
            "related stories",
            "related articles",
            "related coverage",
            "read more",
            "read also",
            "also read",
            "see also",
            "more on this",
            "more from",
            "more stories",
            "you may also like",
            "you might also like",
            "recommended for you",
            "recommended stories",
            "watch:",
            "listen:",
            "advertisement",
            "관련기사",
            "관련 기사",
            "함께 볼만한",
            "추천 기사",
            "читайте также",
            "смотрите также",
            "по теме:",
            "ранее:",
            "читайте також",
            "дивіться також",
            "за темою:",
            "раніше:");

    /**
     * Headings of the sections that follow an article (related stories, more on the topic, readers' comments), in the
     * languages of the news pages seen; a short line starting with one closes the article. "Read also" is not one: it
     * sits inside articles.
     */
    static final List<String> SECTION_ENDS = List.of(
            "related articles",
            "related stories",
            "related content",
            "more on this story",
            "more on this topic",
            "you may also like",
            "you might also like",
            "recommended for you",
            "more from",
            "readers' comments",
            "ähnliche artikel",
            "verwandte artikel",
            "mehr zum thema",
            "weitere artikel",
            "das könnte sie auch interessieren",
            "dieses thema im programm",
            "leserkommentare",
            "kommentare",
            "sur le même sujet",
            "articles similaires",
            "dans la même rubrique",
            "noticias relacionadas",
            "artículos relacionados",
            "te puede interesar",
            "articoli correlati",
            "potrebbe interessarti",
            "relaterte artikler",
            "relaterade artiklar",
            "gerelateerde artikelen",
            "похожие статьи",
            "схожі статті");

    static final List<String> CONTAINED = List.of(
            // skip links and scrolling
            "skip to content",
            "skip to main content",
            "skip to navigation",
            "scroll to top",
            "back to top",
            // newsletters and subscriptions
            "sign up for our",
            "sign up to our",
            "sign up for free",
            "subscribe to our",
            "subscribe now",
            "subscribe here",
            "subscribe for free",
            "our newsletter",
            "newsletter sign",
            "get the latest",
            "delivered to your inbox",
            "already a subscriber",
            "become a member",
            "support independent journalism",
            "support our journalism",
            "donate now",
            // audio notices
            "listen to this article",
            "listen to article",
            "listen to this story",
            "audio version",
            "read aloud",
            "min read",
            "minute read",
            "min listen",
            // comments
            "leave a comment",
            "leave a reply",
            "post a comment",
            "your email address will not be published",
            "required fields are marked",
            "comments are closed",
            "join the conversation",
            "view comments",
            "show comments",
            "log in to comment",
            "be the first to comment",
            // share widgets
            "share this article",
            "share this story",
            "share on facebook",
            "share on twitter",
            "share on x",
            "copy link",
            "share via",
            "click to share",
            // cookies and legal
            "all rights reserved",
            "cookie",
            "privacy policy",
            "terms of use",
            "terms of service",
            // teasers
            "continue reading",
            "click here",
            "related stories",
            "most read",
            "don't miss",
            "trending now",
            // Korean
            "구독하기",
            "기자 구독",
            "뉴스레터",
            "무단 전재",
            "무단전재",
            "재배포 금지",
            "재배포금지",
            "기사 공유",
            "댓글을 입력",
            "기사를 추천",
            "글자 크기",
            "본문 듣기",
            "기사 듣기",
            "저작권자",
            // Russian
            "подписывайтесь на",
            "подпишитесь на",
            "подписаться на",
            "наш телеграм",
            "наш канал",
            "все права защищены",
            "при копировании",
            "читайте нас",
            "слушать статью",
            "оставьте комментарий",
            "поделиться в",
            // Ukrainian
            "підписуйтесь на",
            "підпишіться на",
            "підписатися на",
            "наш телеграм",
            "наш канал",
            "усі права захищені",
            "всі права захищені",
            "при використанні",
            "читайте нас",
            "слухати статтю",
            "залиште коментар",
            "поділитися в");

    private ChromePhrases() {}

    /** The phrase form of a line: lower case, without the punctuation, arrows and bullets around it. */
    static String key(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        int start = 0;
        int end = lower.length();
        while (start < end && !Character.isLetterOrDigit(lower.codePointAt(start))) {
            start += Character.charCount(lower.codePointAt(start));
        }
        while (end > start && !Character.isLetterOrDigit(lower.codePointBefore(end))) {
            end -= Character.charCount(lower.codePointBefore(end));
        }
        return lower.substring(start, end);
    }
}
