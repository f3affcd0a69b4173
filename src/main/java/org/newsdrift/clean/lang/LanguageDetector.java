package org.newsdrift.clean.lang;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.regex.Pattern;

/**
 * Detects the language of an article body as an ISO 639-1 code ("en", "ko", "ru", ...), or {@value #UNDETERMINED}
 * when the text has too few letters or the best two languages are too close to call.
 *
 * <p>Wraps lingua 1.2.2 in low-accuracy mode (trigram models only) restricted to {@link #LANGUAGES}. Construct one
 * per task or per JVM and reuse it: the first construction in a JVM loads the models (about 5 s and 35 MB of heap
 * on one core); later ones reuse lingua's JVM-wide model cache. Instances are immutable and thread-safe; lingua
 * itself is safe for concurrent calls and spreads each call over the common fork-join pool.
 */
public final class LanguageDetector {
    /** Returned when the language cannot be told. */
    public static final String UNDETERMINED = "und";
    /** Fewer letters than this (after cleaning) and the answer is {@value #UNDETERMINED}. */
    public static final int DEFAULT_MIN_LETTERS = 20;
    /**
     * lingua's minimum relative distance between the two best languages; 0 accepts any winner (the measured setting:
     * 0.1 already turned a plain 8-word Russian sentence into "und" because Ukrainian scored close).
     */
    public static final double DEFAULT_MIN_RELATIVE_DISTANCE = 0.0;
    /** Only this many characters of the cleaned text are examined; the language is settled well before. */
    public static final int MAX_CHARS = 1000;

    /** Languages of the news this job reads (the html-pages corpus plus neighbours of Russian and Ukrainian). */
    public static final Language[] LANGUAGES = {
        Language.ENGLISH,
        Language.KOREAN,
        Language.RUSSIAN,
        Language.UKRAINIAN,
        Language.BELARUSIAN,
        Language.GERMAN,
        Language.FRENCH,
        Language.SPANISH,
        Language.ITALIAN,
        Language.PORTUGUESE,
        Language.DUTCH,
        Language.POLISH,
        Language.CZECH,
        Language.LITHUANIAN,
        Language.DANISH,
        Language.BOKMAL,
        Language.SWEDISH,
        Language.ICELANDIC,
        Language.TURKISH,
        Language.ARABIC,
        Language.HEBREW,
        Language.PERSIAN,
        Language.HINDI,
        Language.INDONESIAN,
        Language.MALAY,
        Language.VIETNAMESE,
        Language.JAPANESE,
        Language.CHINESE
    };

    // Telegram posts carry links, handles and emoji that say nothing about the language of the text around them.
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\]\\n]*)\\]\\([^)\\s]*\\)");
    private static final Pattern URL = Pattern.compile("(?i)(?:https?://|www\\.|t\\.me/)\\S+");
    private static final Pattern HANDLE = Pattern.compile("[@#][\\p{L}\\p{N}_]+");
    private static final Pattern SYMBOLS = Pattern.compile("[\\p{So}\\p{Sk}\\p{Cs}\\p{Co}\\x{FE0F}\\x{200D}]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final com.github.pemistahl.lingua.api.LanguageDetector detector;
    private final int minLetters;

    /** Detector with {@link #DEFAULT_MIN_LETTERS} and {@link #DEFAULT_MIN_RELATIVE_DISTANCE}. */
    public LanguageDetector() {
        this(DEFAULT_MIN_LETTERS, DEFAULT_MIN_RELATIVE_DISTANCE);
    }

    /**
     * @param minLetters shorter texts (counted in letters after cleaning) are {@value #UNDETERMINED}; at least 1
     * @param minRelativeDistance how far ahead the best language must be, in [0, 0.99]; higher gives more "und"
     */
    public LanguageDetector(int minLetters, double minRelativeDistance) {
        if (minLetters < 1) {
            throw new IllegalArgumentException(
                    "Cannot create a language detector: min letters must be at least 1 (" + minLetters + ")");
        }
        if (!(minRelativeDistance >= 0.0 && minRelativeDistance <= 0.99)) {
            throw new IllegalArgumentException("Cannot create a language detector: min relative distance must be in "
                    + "[0, 0.99] (" + minRelativeDistance + ")");
        }
        this.minLetters = minLetters;
        this.detector = LanguageDetectorBuilder.fromLanguages(LANGUAGES)
                .withLowAccuracyMode()
                .withMinimumRelativeDistance(minRelativeDistance)
                .withPreloadedLanguageModels()
                .build();
    }

    /** ISO 639-1 code of {@code text}'s language, or {@value #UNDETERMINED}; null counts as empty. */
    public String detect(String text) {
        if (text == null) {
            return UNDETERMINED;
        }
        String cleaned = clean(text.length() > 2 * MAX_CHARS ? text.substring(0, 2 * MAX_CHARS) : text);
        if (letters(cleaned) < minLetters) {
            return UNDETERMINED;
        }
        Language language =
                detector.detectLanguageOf(cleaned.length() > MAX_CHARS ? cleaned.substring(0, MAX_CHARS) : cleaned);
        return language == Language.UNKNOWN
                ? UNDETERMINED
                : language.getIsoCode639_1().toString();
    }

    /** {@code text} without URLs, @handles, #tags and emoji; markdown links keep their text. */
    static String clean(String text) {
        String s = MARKDOWN_LINK.matcher(text).replaceAll("$1");
        s = URL.matcher(s).replaceAll(" ");
        s = HANDLE.matcher(s).replaceAll(" ");
        s = SYMBOLS.matcher(s).replaceAll(" ");
        return SPACES.matcher(s).replaceAll(" ").strip();
    }

    static int letters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
