package io.github.verbatim.quote;

import io.github.verbatim.model.QuoteKind;
import io.github.verbatim.text.Keywords;
import java.util.regex.Pattern;

/**
 * Tells what a quotation is from its words and the words around it: lyrics and other text after
 * {@code lyrics like}; a title or name after {@code calling}, {@code song}, {@code video for}, or a
 * possessive, in title case; a partial quote when it starts in lower case or sits inside a
 * sentence; otherwise a statement.
 */
final class KindRule {

    /**
     * A kind with how sure the rule is.
     *
     * @param kind the kind
     * @param confidence in [0, 1]
     */
    record Kinded(QuoteKind kind, double confidence) {
    }

    private static final Pattern OTHER_CUE = Pattern.compile(
            "(?i)\\b(?:lyrics?|sang|sings|singing|chorus|verse|lines|hook|anthem|slogan|motto|hashtag|chant(?:ed|ing|s)?"
                    + "|banner|placard|sign|headline|caption(?:ed)? reading|read(?:s|ing)?|refrain|line|opening line"
                    + "|verse)\\b[^.!?]{0,50}$");
    /** A cheap test before {@link #OTHER_CUE}: the words it needs. */
    private static final Keywords OTHER_STEMS = Keywords.ofAnyCase("lyric", "sang", "sing", "chorus", "verse", "line",
            "hook", "anthem", "slogan", "motto", "hashtag", "chant", "banner", "placard", "sign", "headline", "caption",
            "read", "refrain");
    private static final Pattern OTHER_AFTER = Pattern.compile("(?i)^[\\s,.]*(?:formula|campaign|slogan|motto|policy"
            + "|doctrine|mantra|catchphrase|hashtag|awareness campaign|chant|refrain|lyric)\\b");
    private static final Pattern NAMING_CUE = Pattern.compile("(?i)\\b(?:the term|known as(?: the)?|dubbed(?: it)?"
            + "|nicknamed|so-called|the nickname|the phrase)\\s*$");
    private static final java.util.Set<String> SUNG = java.util.Set.of("sings", "sang", "sing", "singing", "sung",
            "chanted", "chanting", "chants", "chant");
    private static final Pattern TITLE_CUE = Pattern.compile(
            "(?i)\\b(?:called|calling|named|naming|titled|entitled|dubbed|nicknamed|song|single|album|track|film|movie"
                    + "|show|series|sitcom|book|novel|memoir|cookbook|video for|episode|poem|play|podcast|hit|ballad"
                    + "|anthem|documentary|musical|special|programme|program|column|essay|article|campaign)\\s*$");
    private static final Pattern POSSESSIVE = Pattern.compile("\\p{Lu}[\\p{L}\\-]*[’']s\\s*$");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}’'\\-]*");
    private static final java.util.Set<String> SMALL = java.util.Set.of("a", "an", "the", "of", "in", "on", "at",
            "to", "for", "and", "or", "but", "with", "by", "from", "de", "la", "le", "is", "my", "your", "me", "you");

    private KindRule() {
    }

    /**
     * What surrounds a quotation.
     *
     * @param before the sentence before the opening mark
     * @param after a few words after the closing mark
     * @param cue the attribution's reporting verb, or null
     * @param attributed whether an attribution next to the quote names a speaker
     * @param continuesSentence whether the sentence goes on in lower case after the closing mark
     */
    record Surroundings(String before, String after, String cue, boolean attributed, boolean continuesSentence) {
    }

    /**
     * Classifies a quotation.
     *
     * @param quoted the quoted words
     * @param around what surrounds them
     * @return the kind and confidence
     */
    static Kinded classify(String quoted, Surroundings around) {
        int words = countWords(quoted);
        String trimmed = quoted.strip();
        if (trimmed.isEmpty()) {
            return new Kinded(QuoteKind.OTHER, 0.5);
        }
        String before = around.before();
        boolean attributed = around.attributed();
        String lead60 = before.length() > 80 ? before.substring(before.length() - 80) : before;
        if (around.cue() != null && SUNG.contains(around.cue())) {
            return new Kinded(QuoteKind.OTHER, 0.85); // "…,” she sings: lyrics
        }
        if (!attributed && (OTHER_STEMS.anyIn(lead60) && OTHER_CUE.matcher(lead60).find()
                || OTHER_AFTER.matcher(around.after()).find())) {
            return new Kinded(QuoteKind.OTHER, 0.8);
        }
        if (words <= 4 && NAMING_CUE.matcher(lead60).find()) {
            return new Kinded(QuoteKind.TITLE, 0.8); // the term "three amigos", known as the "Three Amigos."
        }
        if (words <= 6 && titleCase(trimmed) && TITLE_CUE.matcher(lead60).find()) {
            // Named right after "calling", "song", "video for": a title even beside an attribution.
            return new Kinded(QuoteKind.TITLE, 0.9);
        }
        if (words <= 6 && !attributed && titleCase(trimmed)) {
            if (POSSESSIVE.matcher(lead60).find()) {
                return new Kinded(QuoteKind.TITLE, 0.9);
            }
            if (!endsSentence(trimmed) && !before.isBlank() && !before.stripTrailing().endsWith(":")) {
                return new Kinded(QuoteKind.TITLE, 0.7);
            }
        }
        if (words >= 5 && endsClause(trimmed) && reportedClauseLead(lead60)) {
            // saying “time is running out…”, replied that ‘He’s going to do it,’: a reported clause.
            return new Kinded(QuoteKind.STATEMENT, 0.75);
        }
        boolean lower = Character.isLowerCase(trimmed.codePointAt(0));
        if (lower && words <= 15) {
            return new Kinded(QuoteKind.PARTIAL, 0.85);
        }
        String lead = before.stripTrailing();
        if (lead.isEmpty() && Character.isUpperCase(trimmed.codePointAt(0)) && words >= 2) {
            // Opens its sentence in capitals ("“We will always love you” came the words"): someone's words.
            return new Kinded(QuoteKind.STATEMENT, 0.8);
        }
        boolean embedded = !lead.isEmpty() && !lead.endsWith(":") && !lead.endsWith(",");
        if (words <= 8 && (embedded && !attributed || around.continuesSentence() && !attributed)) {
            return new Kinded(QuoteKind.PARTIAL, 0.7);
        }
        return new Kinded(QuoteKind.STATEMENT, lower ? 0.7 : 0.9);
    }

    /** Whether the words before end in a reporting verb (with up to two words after it) or "that". */
    private static boolean reportedClauseLead(String lead) {
        int end = lead.length();
        while (end > 0 && (Character.isWhitespace(lead.charAt(end - 1)) || lead.charAt(end - 1) == ',')) {
            end--;
        }
        int words = 0;
        int k = end;
        while (k > 0 && words < 4) {
            int wordEnd = k;
            while (k > 0 && (Character.isLetter(lead.charAt(k - 1)) || lead.charAt(k - 1) == '’' || lead.charAt(k - 1) == '\'')) {
                k--;
            }
            if (k == wordEnd) {
                return false;
            }
            String word = lead.substring(k, wordEnd);
            if (words == 0 && word.equalsIgnoreCase("that")) {
                return true;
            }
            if (Cues.verbAt(lead, k, end) > 0) {
                return true;
            }
            words++;
            while (k > 0 && lead.charAt(k - 1) == ' ') {
                k--;
            }
        }
        return false;
    }

    private static boolean endsClause(String s) {
        char last = s.charAt(s.length() - 1);
        return last == '.' || last == '!' || last == '?' || last == ',';
    }

    private static boolean endsSentence(String s) {
        char last = s.charAt(s.length() - 1);
        return (last == '.' || last == '!' || last == '?') && countWords(s) > 2;
    }

    private static boolean titleCase(String s) {
        java.util.regex.Matcher m = WORD.matcher(s);
        int significant = 0;
        int capitalized = 0;
        boolean first = true;
        while (m.find()) {
            String w = m.group();
            if (first || !SMALL.contains(w.toLowerCase(java.util.Locale.ROOT))) {
                significant++;
                if (Character.isUpperCase(w.codePointAt(0)) || Character.isDigit(w.codePointAt(0))) {
                    capitalized++;
                }
            }
            first = false;
        }
        return significant > 0 && capitalized == significant;
    }

    static int countWords(String s) {
        java.util.regex.Matcher m = WORD.matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
