/**
 * The library API: {@link dev.cvpress.api.CvPress}, a thread-safe facade over the whole pipeline
 * (read, normalize, compose, lay out, export) that loads each style once and shares it. The command
 * line is built on it, so a program embedding cvpress renders exactly as {@code cvpress render} does.
 */
package dev.cvpress.api;
