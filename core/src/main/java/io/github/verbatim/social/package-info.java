/**
 * Social-media posts an article links, embeds or quotes: platform URLs made canonical, embed text,
 * and creation times derived from post ids.
 */
@NullMarked
package io.github.verbatim.social;

import org.jspecify.annotations.NullMarked;
