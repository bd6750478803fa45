package io.github.verbatim.quote;

/**
 * Who said a quote, as an attribution near it gives it.
 *
 * @param name the resolved name, or null where the attribution names no one knowable
 * @param mentionStart char index of the words naming the speaker at the quote
 * @param mentionEnd char index after them
 * @param cue the reporting verb, lower case, or null
 * @param method the rule that found it, such as {@code speaker:after-quote}
 * @param confidence how sure the rule is
 */
record Attribution(String name, int mentionStart, int mentionEnd, String cue, String method, double confidence) {
}
