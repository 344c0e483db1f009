/** The command line (picocli): parses arguments, runs the pipeline, reports located errors and exit codes. */
package dev.cvpress.cli;
