package dev.cvpress.model;

/** A spoken language and how well. */
public record Language(String language, String fluency) {}
