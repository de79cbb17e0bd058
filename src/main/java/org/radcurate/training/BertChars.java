package org.radcurate.training;

/**
 * The character classes of Hugging Face's two BERT tokenizers. Python's slow {@code BertTokenizer}
 * and the Rust {@code tokenizers} library agree on control characters and punctuation but not on
 * white space (Python: space, tab, newline, carriage return and Zs; Rust: the Unicode White_Space
 * property) or on one range of CJK ideographs (Rust's range starts at U+2B920, Python's at U+2B820;
 * the fixture of HuggingFaceTokenizerParityTest shows both).
 */
final class BertChars {
    private BertChars() {}

    /** Cc, Cf, Cn, Co and Cs, but not tab, newline or carriage return, which count as white space. */
    static boolean isControl(int cp) {
        if (cp == '\t' || cp == '\n' || cp == '\r') {
            return false;
        }
        int t = Character.getType(cp);
        return t == Character.CONTROL || t == Character.FORMAT || t == Character.UNASSIGNED
                || t == Character.PRIVATE_USE || t == Character.SURROGATE;
    }

    /** ASCII punctuation and symbols, and every Unicode P* category. */
    static boolean isPunctuation(int cp) {
        if ((cp >= 33 && cp <= 47) || (cp >= 58 && cp <= 64) || (cp >= 91 && cp <= 96) || (cp >= 123 && cp <= 126)) {
            return true;
        }
        int t = Character.getType(cp);
        return t == Character.CONNECTOR_PUNCTUATION || t == Character.DASH_PUNCTUATION
                || t == Character.START_PUNCTUATION || t == Character.END_PUNCTUATION
                || t == Character.INITIAL_QUOTE_PUNCTUATION || t == Character.FINAL_QUOTE_PUNCTUATION
                || t == Character.OTHER_PUNCTUATION;
    }

    /** Python's {@code _is_whitespace}. */
    static boolean isPythonWhitespace(int cp) {
        return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || Character.getType(cp) == Character.SPACE_SEPARATOR;
    }

    /** What Python's {@code str.split()} splits on (besides Zs and the ASCII controls). */
    static boolean isPythonSplit(int cp) {
        return isPythonWhitespace(cp) || (cp >= 0x0b && cp <= 0x0c) || (cp >= 0x1c && cp <= 0x1f) || cp == 0x85
                || cp == 0x2028 || cp == 0x2029;
    }

    /** Rust's {@code char::is_whitespace}: the Unicode White_Space property. */
    static boolean isRustWhitespace(int cp) {
        return (cp >= 0x09 && cp <= 0x0d) || cp == ' ' || cp == 0x85 || cp == 0xa0 || cp == 0x1680
                || (cp >= 0x2000 && cp <= 0x200a) || cp == 0x2028 || cp == 0x2029 || cp == 0x202f || cp == 0x205f
                || cp == 0x3000;
    }

    /** CJK ideographs as BERT spaces them out; {@code rust} selects the tokenizers library's ranges. */
    static boolean isCjk(int cp, boolean rust) {
        return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x20000 && cp <= 0x2A6DF)
                || (cp >= 0x2A700 && cp <= 0x2B73F) || (cp >= 0x2B740 && cp <= 0x2B81F)
                || (cp >= (rust ? 0x2B920 : 0x2B820) && cp <= 0x2CEAF) || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0x2F800 && cp <= 0x2FA1F);
    }

    /** Non-spacing marks (Mn), what BERT's accent stripping removes after NFD. */
    static String stripMarks(String nfd) {
        StringBuilder out = new StringBuilder(nfd.length());
        nfd.codePoints().filter(cp -> Character.getType(cp) != Character.NON_SPACING_MARK).forEach(out::appendCodePoint);
        return out.toString();
    }
}
