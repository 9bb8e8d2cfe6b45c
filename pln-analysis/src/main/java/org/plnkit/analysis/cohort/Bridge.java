package org.plnkit.analysis.cohort;

/**
 * A participant who bridges communities or schools: many of the shortest chains of similar participants run
 * through them (betweenness in the projection), and their neighbours come from more than one community or school.
 *
 * <pre>{@code
 * Bridge b = analysis.bridges().get(0);
 * analysis.participants().get(b.participant()).id() + " links " + b.communities() + " communities";
 * }</pre>
 *
 * @param participant the participant's index
 * @param betweenness their betweenness in [0, 1]
 * @param communities how many communities they and their neighbours belong to
 * @param schools     how many schools they and their neighbours come from
 *
 * @since 0.1.0
 */
public record Bridge(int participant, double betweenness, int communities, int schools) {
}
