package org.plnkit.report.map;

import java.util.ArrayList;
import java.util.List;
import org.plnkit.report.map.MapGeometry.Box;

/** Keeps track of the occupied parts of the map: discs (nodes, the participant) and boxes (placed text). */
final class LabelPlacer {
    private final Box bounds;
    private final List<double[]> discs = new ArrayList<>();
    private final List<Box> boxes = new ArrayList<>();

    LabelPlacer(Box bounds) {
        this.bounds = bounds;
    }

    void blockDisc(double cx, double cy, double r) {
        discs.add(new double[] {cx, cy, r});
    }

    void block(Box b) {
        boxes.add(b);
    }

    /** Whether the box lies within the bounds and overlaps nothing placed so far. */
    boolean fits(Box b) {
        if (!b.within(bounds)) {
            return false;
        }
        for (double[] d : discs) {
            if (b.overlapsDisc(d[0], d[1], d[2])) {
                return false;
            }
        }
        for (Box o : boxes) {
            if (b.overlaps(o)) {
                return false;
            }
        }
        return true;
    }
}
