package dev.cvpress.model;

/** A reference: who, and what they said. */
public record Reference(String name, String reference) {}
