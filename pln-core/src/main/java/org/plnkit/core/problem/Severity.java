package org.plnkit.core.problem;

/**
 * How bad a problem is: an error keeps the data from being used; a warning is worth a look.
 *
 * @since 0.1.0
 */
public enum Severity {
    ERROR, WARNING;

    /** {@code error} or {@code warning}. */
    public String id() {
        return this == ERROR ? "error" : "warning";
    }
}
