package dev.cvpress.model;

import java.util.List;

/** Who the résumé is about and how to reach them. */
public record Basics(String name, String label, String image, String email, String phone, String url,
        String summary, Location location, List<Profile> profiles) {
    public static final Basics NONE = new Basics("", "", "", "", "", "", "", Location.NONE, List.of());

    public Basics {
        profiles = List.copyOf(profiles);
    }
}
