package io.github.verbatim.html;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Element;

/**
 * One paragraph of a page as a reader sees it: the text of a block element (white space collapsed
 * as a browser renders it, a {@code <br>} as a line end), the element it belongs to, what kind of
 * block it is, how much of it is link text, and the links and embed it holds.
 *
 * @param text the text, trimmed, lines separated by {@code \n}; empty only for an embed without
 *     text (an iframe)
 * @param owner the index in its {@link BlockTree} of the innermost block element the text belongs to
 * @param kind the kind of block
 * @param headingLevel 1 to 6 for a heading, else 0
 * @param letters the letters and digits in the text
 * @param linkLetters the letters and digits inside links
 * @param links the links whose text lies within this block, in order
 * @param embed the social-media embed this block is, or null
 * @param parts for an embed, where the text of each element inside it lies in the block's text
 */
record Block(String text, int owner, Kind kind, int headingLevel, int letters, int linkLetters, List<Link> links,
        @Nullable Embed embed, List<Part> parts) {

    /** Copies the lists. */
    Block {
        links = List.copyOf(links);
        parts = List.copyOf(parts);
    }

    /**
     * Where an element's text lies in an embed block's text.
     *
     * @param element the element inside the embed
     * @param start the char index where its text starts
     * @param end the char index after its text
     */
    record Part(Element element, int start, int end) {
    }

    /** Returns where an element's text lies in this block's text, or null if it has none here. */
    @Nullable Part part(Element element) {
        for (Part part : parts) {
            if (part.element() == element) {
                return part;
            }
        }
        return null;
    }

    /** The kinds of block, each its own paragraph of the text. */
    enum Kind {
        PARAGRAPH, HEADING, LIST_ITEM, QUOTE, CAPTION, PRE, CELL, EMBED
    }

    /**
     * A link in a block's text.
     *
     * @param href the link target, made absolute where the page's base allows
     * @param start the char index in the block's text where the link text starts
     * @param end the char index after the link text
     */
    record Link(String href, int start, int end) {
    }

    /** Returns the share of the block's letters that are link text, from 0 to 1. */
    double linkDensity() {
        return letters == 0 ? 0 : (double) linkLetters / letters;
    }
}
