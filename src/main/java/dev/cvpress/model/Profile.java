package dev.cvpress.model;

/** An account on a network: "GitHub", "octocat", "https://github.com/octocat". */
public record Profile(String network, String username, String url) {}
