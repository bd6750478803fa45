package io.github.verbatim.html;

import io.github.verbatim.model.Span;
import io.github.verbatim.text.NormalizedText;
import io.github.verbatim.text.TextNormalizer;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The article's text made from its body blocks: each block a paragraph, paragraphs separated by a
 * blank line, each normalized by {@link TextNormalizer} (a block boundary is a line end, which no
 * normalization joins across, so the whole text is normalized too), with every block's place in it
 * so that values found in a block's markup (an embed, a link) get exact offsets.
 */
final class MainText {

    private final NormalizedText text;
    private final List<Span> paragraphs;
    /** Each block with text: its char index in the text and its normalized text. */
    private final Map<Block, Placed> placed;

    private record Placed(int start, String original, String normalized) {
    }

    private MainText(NormalizedText text, List<Span> paragraphs, Map<Block, Placed> placed) {
        this.text = text;
        this.paragraphs = paragraphs;
        this.placed = placed;
    }

    /**
     * Joins the blocks.
     *
     * @param blocks the body's blocks, in order; blocks without text (iframes) take no place
     * @return the text
     */
    static MainText of(List<Block> blocks) {
        StringBuilder joined = new StringBuilder();
        Map<Block, Placed> placed = new IdentityHashMap<>();
        List<int[]> charSpans = new ArrayList<>();
        for (Block block : blocks) {
            if (block.text().isEmpty()) {
                continue;
            }
            if (joined.length() > 0) {
                joined.append("\n\n");
            }
            String normalized = TextNormalizer.normalize(block.text());
            placed.put(block, new Placed(joined.length(), block.text(), normalized));
            charSpans.add(new int[] {joined.length(), joined.length() + normalized.length()});
            joined.append(normalized);
        }
        NormalizedText text = NormalizedText.of(joined.toString());
        List<Span> paragraphs = new ArrayList<>(charSpans.size());
        for (int[] span : charSpans) {
            paragraphs.add(new Span(text.codePointOffset(span[0]), text.codePointOffset(span[1])));
        }
        return new MainText(text, List.copyOf(paragraphs), placed);
    }

    /** Returns the normalized text. */
    NormalizedText text() {
        return text;
    }

    /** Returns the paragraphs, one per block with text, as code-point spans. */
    List<Span> paragraphs() {
        return paragraphs;
    }

    /**
     * Returns the code-point span of a char range of a block's text as the walker gave it, or null
     * if the block has no place in the text.
     *
     * @param block the block
     * @param start the first char of the range in {@link Block#text()}
     * @param end the char after the range
     * @return the span in the whole text, or null
     */
    @Nullable Span span(Block block, int start, int end) {
        Placed p = placed.get(block);
        if (p == null) {
            return null;
        }
        int s = normalizedIndex(p, start);
        int e = normalizedIndex(p, end);
        return new Span(text.codePointOffset(p.start() + s), text.codePointOffset(p.start() + e));
    }

    /** Returns the code-point span of a whole block, or null if it has no place in the text. */
    @Nullable Span span(Block block) {
        return span(block, 0, block.text().length());
    }

    /** Maps a char index of the block's text to its normalized text: the length of the normalized prefix. */
    private static int normalizedIndex(Placed p, int index) {
        if (p.original() == p.normalized() || p.original().equals(p.normalized())) {
            return index;
        }
        return Math.min(p.normalized().length(), TextNormalizer.normalize(p.original().substring(0, index)).length());
    }
}
