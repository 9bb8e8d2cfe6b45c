package org.plnkit.analysis.cohort;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.plnkit.core.model.Cohort;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Frequency;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Participant;
import org.plnkit.core.model.Pln;

/**
 * A hand-made cohort of six whose numbers are worked out by hand in {@link CohortAnalyzerTest}.
 *
 * <pre>
 * ana  Lincoln Middle  Teacher librarian  AASL (ala.org/aasl), ISTE, SLJ (coding), Jane Kim (jane@lincoln.org), Blog X
 * ben  Lincoln Middle  Teacher librarian  "American Association of School Librarians" (http://ala.org/aasl/),
 *                                         "slj.", "J. Kim" (Jane@Lincoln.org)
 * cat  Oak Elementary  Classroom teacher  "aasl", Jane Kim (no shared id: another person)
 * dan  Oak Elementary  Classroom teacher  "Blog  X", Edutopia (edutopia.org)
 * eve  Oak Elementary  Classroom teacher  Mom (a mentor nobody else names)
 * fay  (no school)     Classroom teacher  Edutopia (https://www.edutopia.org/); no as_of date
 * </pre>
 *
 * Shared nodes, in order of first mention: AASL (ana, ben, cat: url and name forms), SLJ (ana, ben: name),
 * Jane Kim (ana, ben: shared id), Blog X (ana, dan: spacing), Edutopia (dan, fay: url form).
 */
final class TinyCohort {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);

    private TinyCohort() {
    }

    static Cohort cohort() {
        return new Cohort(List.of(
                pln(participant("ana", "Lincoln Middle", "Teacher librarian", List.of("coding"), true),
                        Connection.builder("aasl", "AASL", Kind.ORGANIZATION, "professional-organizations")
                                .url("https://www.ala.org/aasl").frequency(Frequency.MONTHLY).value(4).build(),
                        Connection.builder("iste", "ISTE", Kind.ORGANIZATION, "professional-organizations")
                                .url("iste.org").frequency(Frequency.MONTHLY).value(3).build(),
                        Connection.builder("slj", "SLJ", Kind.RESOURCE, "online-journals").url("https://slj.com")
                                .frequency(Frequency.WEEKLY).value(5).topics(List.of("coding")).build(),
                        Connection.builder("jane", "Jane Kim", Kind.PERSON, "local-colleagues")
                                .sharedId("jane@lincoln.org").frequency(Frequency.WEEKLY).value(5).build(),
                        Connection.builder("blogx", "Blog X", Kind.RESOURCE, "blogs-websites")
                                .frequency(Frequency.MONTHLY).value(3).build()),
                pln(participant("ben", "Lincoln Middle", "Teacher librarian", List.of(), true),
                        Connection.builder("aasl", "American Association of School Librarians", Kind.ORGANIZATION,
                                "professional-organizations").url("http://ala.org/aasl/").build(),
                        Connection.builder("slj", "slj.", Kind.RESOURCE, "online-journals").build(),
                        Connection.builder("jk", "J. Kim", Kind.PERSON, "local-colleagues")
                                .sharedId("Jane@Lincoln.org").build()),
                pln(participant("cat", "Oak Elementary", "Classroom teacher", List.of(), true),
                        Connection.builder("aasl", "aasl", Kind.ORGANIZATION, "professional-organizations").build(),
                        Connection.builder("jane-kim", "Jane Kim", Kind.PERSON, "local-colleagues").build()),
                pln(participant("dan", "Oak Elementary", "Classroom teacher", List.of(), true),
                        Connection.builder("blog-x", "Blog  X", Kind.RESOURCE, "blogs-websites").build(),
                        Connection.builder("edutopia", "Edutopia", Kind.RESOURCE, "blogs-websites")
                                .url("edutopia.org").build()),
                pln(participant("eve", "Oak Elementary", "Classroom teacher", List.of(), true),
                        Connection.builder("mom", "Mom", Kind.PERSON, "mentors").build()),
                pln(participant("fay", null, "Classroom teacher", List.of(), false),
                        Connection.builder("edutopia", "Edutopia", Kind.RESOURCE, "blogs-websites")
                                .url("https://www.edutopia.org/").build())));
    }

    private static Participant participant(String id, String school, String role, List<String> topics,
                                           boolean dated) {
        return new Participant(id, Character.toUpperCase(id.charAt(0)) + id.substring(1), Optional.of(role),
                Optional.ofNullable(school), topics, Optional.empty(),
                dated ? Optional.of(AS_OF) : Optional.empty());
    }

    private static Pln pln(Participant p, Connection... cs) {
        return new Pln(p, List.of(cs), List.of());
    }
}
