/**
 * What an article rests on besides its own words: its publisher, the outlet it copied, the
 * authorities it cites, related articles; and the boilerplate that is not the article.
 */
@NullMarked
package io.github.verbatim.source;

import org.jspecify.annotations.NullMarked;
