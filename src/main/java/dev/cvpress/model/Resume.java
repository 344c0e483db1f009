package dev.cvpress.model;

import java.util.List;

/** A whole résumé in the JSON Resume 1.x shape: immutable, no nulls, empty strings and lists for absent data. */
public record Resume(Basics basics, List<Work> work, List<Volunteer> volunteer, List<Education> education,
        List<Award> awards, List<Certificate> certificates, List<Publication> publications, List<Skill> skills,
        List<Language> languages, List<Interest> interests, List<Reference> references, List<Project> projects,
        Meta meta) {
    public Resume {
        work = List.copyOf(work);
        volunteer = List.copyOf(volunteer);
        education = List.copyOf(education);
        awards = List.copyOf(awards);
        certificates = List.copyOf(certificates);
        publications = List.copyOf(publications);
        skills = List.copyOf(skills);
        languages = List.copyOf(languages);
        interests = List.copyOf(interests);
        references = List.copyOf(references);
        projects = List.copyOf(projects);
    }
}
