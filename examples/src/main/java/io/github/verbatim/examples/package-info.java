/** Small runnable programs that show Verbatim's API on the seed corpus. */
package io.github.verbatim.examples;
