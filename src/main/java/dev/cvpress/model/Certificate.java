package dev.cvpress.model;

import java.util.Optional;

/** A certificate and who issued it. */
public record Certificate(String name, Optional<PartialDate> date, String issuer, String url) {}
