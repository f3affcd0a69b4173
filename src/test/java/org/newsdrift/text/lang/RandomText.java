package org.newsdrift.text.lang;

import java.util.Random;

/** Random text mixing the scripts, digits and punctuation of multilingual news, from a seeded generator. */
final class RandomText {
    private static final int[][] RANGES = {
        {'a', 'z'},
        {'A', 'Z'},
        {'0', '9'},
        {0x0400, 0x04FF},
        {0xAC00, 0xD7A3},
        {0x1100, 0x11FF},
        {0x3130, 0x318F},
        {0x4E00, 0x9FFF},
        {0x3040, 0x30FF},
        {0x0300, 0x036F},
        {0x1F300, 0x1F6FF},
        {0x0600, 0x06FF},
        {0x00C0, 0x024F},
    };
    private static final String PUNCTUATION = " _'’-.,;:!?()\"«»\n\t\u00AD\u0301\u200B";

    private RandomText() {}

    static String mixedScripts(Random random, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            if (random.nextInt(4) == 0) {
                text.append(PUNCTUATION.charAt(random.nextInt(PUNCTUATION.length())));
            } else if (random.nextInt(30) == 0) {
                text.append(" kim_jong_un");
            } else {
                int[] range = RANGES[random.nextInt(RANGES.length)];
                text.appendCodePoint(range[0] + random.nextInt(range[1] - range[0] + 1));
            }
        }
        return text.toString();
    }
}
