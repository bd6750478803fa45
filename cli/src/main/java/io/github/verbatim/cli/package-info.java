/**
 * The {@code verbatim} command: {@code bundle}, {@code extract}, {@code verify}, {@code cite} and
 * {@code quotes}, a thin layer over {@link io.github.verbatim.Verbatim} that turns its results into
 * messages and exit codes.
 *
 * <p>Run it with {@link io.github.verbatim.cli.VerbatimCommand#main(String[])}, or embed it with
 * {@link io.github.verbatim.cli.VerbatimCommand#commandLine(VerbatimCommand)}.
 */
@NullMarked
package io.github.verbatim.cli;

import org.jspecify.annotations.NullMarked;
