package dev.cvpress.model;

/** A postal location; empty strings for parts not given. */
public record Location(String address, String postalCode, String city, String countryCode, String region) {
    public static final Location NONE = new Location("", "", "", "", "");
}
