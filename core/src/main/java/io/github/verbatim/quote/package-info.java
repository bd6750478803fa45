/**
 * Quotations and who said them: quotation marks as people use them, kinds of quotation, speakers
 * and channels, every span with provenance.
 */
@NullMarked
package io.github.verbatim.quote;

import org.jspecify.annotations.NullMarked;
