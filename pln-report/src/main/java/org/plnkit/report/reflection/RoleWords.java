package org.plnkit.report.reflection;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Examples in the reflection draft's prompts that fit the participant's role: a classroom teacher thinks of a lesson
 * that did not work, a school counsellor of a student they were not sure how to support, a district director of a
 * project that stalled. The role is free text ("PE teacher", "Teacher librarian", "District technology director"),
 * read by the words it contains; a role without a known word, or no role, gets wording that fits anyone in a school.
 */
enum RoleWords {
    LIBRARIAN(List.of("librar", "media specialist"),
            "a lesson or a library program that did not work, a new tool to learn, a question from a student, a"
                    + " teacher or a parent",
            "a book list, a lesson, a resource, an answer, a thank-you"),
    COUNSELLOR(List.of("counsel", "psycholog", "social worker"),
            "a student you were not sure how to support, a new program to set up, a question from a parent or a"
                    + " colleague",
            "a strategy, a resource, an answer, a thank-you"),
    LEADER(List.of("director", "coordinator", "administrator", "principal", "superintendent", "supervisor",
            "head of", "manager", "officer", "dean"),
            "a project that stalled, a new tool or policy to roll out, a question from a teacher, a principal or a"
                    + " parent",
            "a plan, a resource, an answer, a thank-you"),
    COACH(List.of("coach", "tosa", "teacher on special assignment", "instructional specialist"),
            "a teacher you were not sure how to help, a new tool to roll out, a question you could not answer",
            "a workshop idea, a resource, an answer, a thank-you"),
    TEACHER(List.of("teacher", "teaching", "educator", "instructor", "faculty", "lecturer", "professor", "tutor"),
            "a lesson that did not work, a new tool to learn, a question from a student or a parent",
            "a lesson, a resource, an answer, a thank-you"),
    ANYONE(List.of(),
            "something that did not work, a new tool to learn, a question you could not answer",
            "an idea, a resource, an answer, a thank-you");

    private final List<String> words;
    private final String problems;
    private final String share;

    RoleWords(List<String> words, String problems, String share) {
        this.words = words;
        this.problems = problems;
        this.share = share;
    }

    /** The wording for a role; the first family whose word the role contains, in the order above. */
    static RoleWords of(Optional<String> role) {
        String r = role.map(s -> s.toLowerCase(Locale.ROOT)).orElse("");
        for (RoleWords w : values()) {
            if (w.words.stream().anyMatch(r::contains)) {
                return w;
            }
        }
        return ANYONE;
    }

    /** Examples of a problem from the participant's practice, after "Think of one problem …: ". */
    String problems() {
        return problems;
    }

    /** Examples of what the participant could share, after "What could you share: ". */
    String share() {
        return share;
    }
}
