package org.plnkit.analysis.cohort;

/** A stable merge sort of an {@code int[]} with a comparator on primitives (no boxing). */
final class IntSort {
    /** Compares two ints. */
    @FunctionalInterface
    interface Comparator {
        int compare(int a, int b);
    }

    private IntSort() {
    }

    static void sort(int[] a, Comparator c) {
        if (a.length < 2) {
            return;
        }
        int[] buf = new int[a.length];
        sort(a, buf, 0, a.length, c);
    }

    private static void sort(int[] a, int[] buf, int from, int to, Comparator c) {
        if (to - from <= 16) {
            for (int i = from + 1; i < to; i++) {
                int v = a[i];
                int j = i - 1;
                while (j >= from && c.compare(a[j], v) > 0) {
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = v;
            }
            return;
        }
        int mid = (from + to) >>> 1;
        sort(a, buf, from, mid, c);
        sort(a, buf, mid, to, c);
        if (c.compare(a[mid - 1], a[mid]) <= 0) {
            return;
        }
        System.arraycopy(a, from, buf, from, to - from);
        int i = from;
        int j = mid;
        int k = from;
        while (i < mid && j < to) {
            a[k++] = c.compare(buf[j], buf[i]) < 0 ? buf[j++] : buf[i++];
        }
        while (i < mid) {
            a[k++] = buf[i++];
        }
        while (j < to) {
            a[k++] = buf[j++];
        }
    }
}
