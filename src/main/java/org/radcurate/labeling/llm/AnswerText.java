package org.radcurate.labeling.llm;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Cleaning shared by both parsers: code fences, markdown, answer tags and prefixes, bracketed lists. */
final class AnswerText {
    private static final Pattern ANSWER_TAG = Pattern.compile("(?is)<answer>(.*?)</answer>");
    private static final Pattern THINK = Pattern.compile("(?is)<think>.*?</think>");
    private static final Pattern PREFIX = Pattern.compile(
            "(?i)^\\s*(?:final answer|expected output|answer|output|result|findings|diseases|conditions|labels)\\s*[:=-]\\s*");
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*•]|\\d{1,2}[.)])\\s+(.*)$");

    private AnswerText() {}

    /** Drops reasoning blocks, code fences and markdown emphasis; keeps the inside of an answer tag. */
    static String clean(String raw) {
        String s = raw == null ? "" : raw;
        s = THINK.matcher(s).replaceAll("");
        Matcher tag = ANSWER_TAG.matcher(s);
        if (tag.find()) {
            s = tag.group(1);
        }
        StringBuilder b = new StringBuilder();
        for (String line : s.split("\\R")) {
            if (line.strip().startsWith("```")) {
                continue;
            }
            b.append(line).append('\n');
        }
        return b.toString().replace("**", "").replace("__", "").replace("`", "").strip();
    }

    /** The line without a leading "Answer:", "Output:" or similar. */
    static String dropPrefix(String line) {
        String s = line;
        Matcher m = PREFIX.matcher(s);
        while (m.find()) {
            s = s.substring(m.end());
            m = PREFIX.matcher(s);
        }
        return s.strip();
    }

    /** The text between the first '[' and its matching ']' (quotes respected), or null. */
    static String bracketed(String s) {
        int start = s.indexOf('[');
        if (start < 0) {
            return null;
        }
        int depth = 0;
        char quote = 0;
        for (int i = start; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"') {
                quote = c;
            } else if (c == '[') {
                depth++;
            } else if (c == ']' && --depth == 0) {
                return s.substring(start + 1, i);
            }
        }
        return null;
    }

    /** Index just after the bracketed list that starts at the first '[', or -1. */
    static int afterBracketed(String s) {
        String inner = bracketed(s);
        return inner == null ? -1 : s.indexOf('[') + inner.length() + 2;
    }

    /** Items of a list body: split on commas and semicolons, quotes and stray punctuation removed. */
    static List<String> items(String body) {
        List<String> out = new ArrayList<>();
        for (String part : body.split("[,;\\n]")) {
            String item = strip(part);
            if (!item.isEmpty()) {
                out.add(item);
            }
        }
        return out;
    }

    /** Bullet items ("- x", "1. x") of consecutive lines, or an empty list when there are none. */
    static List<String> bullets(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\\R")) {
            Matcher m = BULLET.matcher(line);
            if (m.matches()) {
                out.add(strip(m.group(1)));
            } else if (!out.isEmpty() && !line.isBlank()) {
                break;
            }
        }
        out.removeIf(String::isEmpty);
        return out;
    }

    /** The first line with any text on it, without its answer prefix. */
    static String firstLine(String text) {
        for (String line : text.split("\\R")) {
            String l = dropPrefix(line);
            if (!l.isEmpty()) {
                return l;
            }
        }
        return "";
    }

    static String strip(String item) {
        return item.strip().replaceAll("^[\\s'\"“”‘’*•.:-]+|[\\s'\"“”‘’*.:!]+$", "").strip();
    }

    /** "normal", "none", "no findings", "[]" and the like: the answer says nothing is present. */
    static boolean saysNothing(String item) {
        String s = item.toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", " ").replaceAll("\\s+", " ").strip();
        return s.equals("normal") || s.equals("none") || s.equals("no finding") || s.equals("no findings")
                || s.equals("nothing") || s.equals("no disease") || s.equals("no diseases") || s.equals("n a")
                || s.equals("no acute findings") || s.equals("no abnormality") || s.equals("no abnormalities")
                || s.equals("normal study") || s.equals("no conditions");
    }
}
