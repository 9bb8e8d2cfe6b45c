package org.plnkit.report.map;

import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.plnkit.analysis.cohort.CohortAnalysis;
import org.plnkit.analysis.cohort.CohortGraph;
import org.plnkit.analysis.cohort.CohortLabels;
import org.plnkit.analysis.cohort.CohortParticipant;
import org.plnkit.analysis.cohort.Community;
import org.plnkit.analysis.cohort.CommunityProfiles;
import org.plnkit.analysis.cohort.GroupSummary;
import org.plnkit.analysis.cohort.SharedResource;
import org.plnkit.core.identity.IdentityKeys;
import org.plnkit.core.model.Kind;
import org.plnkit.report.map.MapGeometry.Box;

/**
 * Where everything on a cohort map goes. Participants are dots packed in discs (one per school, or per community),
 * the discs sit on concentric rings around the centre, largest first; the most shared organizations and resources
 * sit inside the rings, each at the weighted centre of the discs whose members name it (so a resource all schools
 * use lands near the middle, one a few schools use lands near them), pushed apart until no two overlap. Everything
 * is computed, nothing is random: the same analysis always gives the same picture.
 */
final class CohortMapPlan {
    /** The colours of the ten largest groups of the other dimension (Okabe &amp; Ito, then Paul Tol). */
    static final List<Color> PALETTE = List.of(new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73),
            new Color(0xCC79A7), new Color(0xD55E00), new Color(0x56B4E9), new Color(0x882255), new Color(0x999933),
            new Color(0x332288), new Color(0x44AA99));
    static final Color OTHER = new Color(0x9AA0A6);
    static final Color NONE = new Color(0xD3D7DC);
    static final Color ISOLATED = new Color(0xC0392B);
    private static final double GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
    /** At most about this many lines are drawn: the strongest (ties at the cut are kept). */
    static final int MAX_LINES = 160;

    record Disc(int index, String name, int size, double cx, double cy, double r, int ring) {
    }

    record Dot(int participant, double x, double y, int colour, boolean isolated) {
    }

    record Res(int rank, int node, String name, Kind kind, String category, int users, double x, double y,
               double d) {
    }

    record Line(int disc, int res, int users, double share) {
    }

    record Swatch(String label, Color color, int count) {
    }

    record Label(List<String> lines, String full, Box box, Font font, Color color) {
    }

    final CohortMapOptions options;
    final Ink ink;
    final double u;
    final Fonts fonts;
    final String title;
    final String subtitle;
    final List<Disc> discs = new ArrayList<>();
    final List<Dot> dots = new ArrayList<>();
    final List<Res> resources = new ArrayList<>();
    final List<Line> lines = new ArrayList<>();
    /** The share of a group at and above which a line is drawn (the option, or more when lines were many). */
    double lineShare;
    final List<Swatch> swatches = new ArrayList<>();
    final List<Label> labels = new ArrayList<>();
    int hiddenGroupLabels;
    double dotRadius;
    final double cx;
    final double cy;
    final Box plot;
    final Box legendBox;
    final int sharedTotal;
    final int participants;
    final String groupNoun;
    /**
     * How the participants fall into groups, for the subtitle and the alt text: "in 3 schools", "in 4 communities
     * (2 in no community)". The disc of those with no school or no community is not counted as a group.
     */
    final String groupsText;
    final String colourNoun;
    /** Why some are in no community, for the legend ("" when everyone is in one): see noCommunityNote. */
    final String noCommunityNote;
    final boolean anonymized;

    private CohortMapPlan(CohortAnalysis a, CohortLabels names, CohortMapOptions o) {
        this.options = o;
        this.ink = Ink.of(o.theme());
        int w = o.width();
        int h = o.height();
        this.u = Math.min(w / (double) MapOptions.DEFAULT_WIDTH, h / (double) MapOptions.DEFAULT_HEIGHT);
        this.fonts = new Fonts(u);
        this.anonymized = names.anonymized();
        this.participants = a.size();
        boolean bySchool = o.groupBy() == CohortMapOptions.GroupBy.SCHOOL;
        this.groupNoun = bySchool ? "school" : "community";
        this.colourNoun = bySchool ? "community" : "school";
        this.sharedTotal = (int) a.sharedResources().stream().filter(r -> r.kind() != Kind.PERSON).count();
        this.noCommunityNote = noCommunityNote(a);

        double legendWidth = o.legend() ? Math.min(340 * u, w * 0.3) : 0;
        double m = 16 * u;
        double top = m + Fonts.lineHeight(fonts.title) * 1.25 + Fonts.lineHeight(fonts.subtitle) * 1.6;
        this.plot = new Box(m, top, w - legendWidth - 2 * m, h - top - m);
        this.legendBox = new Box(w - legendWidth, top, legendWidth - m, h - top - m);
        this.cx = plot.x() + plot.width() / 2;
        this.cy = plot.y() + plot.height() / 2;

        // ------------------------------------------------------------ groups and colours
        int n = a.size();
        List<String> groupNames = new ArrayList<>();
        int[] groupOf = new int[n];
        int[] colourOf = new int[n];
        List<GroupSummary> schools = a.coverage().bySchool();
        Map<String, Integer> schoolIndex = new HashMap<>();
        for (int g = 0; g < schools.size(); g++) {
            if (!schools.get(g).group().equals(GroupSummary.NOT_GIVEN)) {
                schoolIndex.put(IdentityKeys.name(schools.get(g).group()), g);
            }
        }
        int[] schoolOf = new int[n];
        for (int i = 0; i < n; i++) {
            Optional<String> s = a.participants().get(i).participant().school();
            Integer g = s.map(IdentityKeys::name).map(schoolIndex::get).orElse(null);
            schoolOf[i] = g == null ? -1 : g;
        }
        int notGivenSchool = schools.size() - (schools.stream().anyMatch(s -> s.group().equals(GroupSummary.NOT_GIVEN))
                ? 1 : 0);
        List<Community> communities = a.communities();
        int minCommunity = CommunityProfiles.minSize(n);
        if (bySchool) {
            for (GroupSummary s : schools) {
                groupNames.add(s.group().equals(GroupSummary.NOT_GIVEN) ? "No school given" : s.group());
            }
            for (int i = 0; i < n; i++) {
                groupOf[i] = schoolOf[i] >= 0 ? schoolOf[i] : notGivenSchool;
                Optional<Integer> c = a.participants().get(i).community();
                colourOf[i] = c.isEmpty() ? PALETTE.size() + 1 : Math.min(c.get() - 1, PALETTE.size());
            }
            for (int c = 0; c < Math.min(PALETTE.size(), communities.size()); c++) {
                swatches.add(new Swatch(communityName(communities.get(c), minCommunity), PALETTE.get(c),
                        communities.get(c).size()));
            }
            int other = communities.stream().skip(PALETTE.size()).mapToInt(Community::size).sum();
            int otherSmall = (int) communities.stream().skip(PALETTE.size()).filter(c -> c.size() < minCommunity)
                    .count();
            int otherCommunities = Math.max(0, communities.size() - PALETTE.size()) - otherSmall;
            swatches.add(new Swatch(otherText(otherCommunities, otherSmall), OTHER, other));
            int none = (int) a.participants().stream().filter(p -> p.community().isEmpty()).count();
            swatches.add(new Swatch("In no community", NONE, none));
        } else {
            for (Community c : communities) {
                groupNames.add(communityName(c, minCommunity));
            }
            boolean anyNone = a.participants().stream().anyMatch(p -> p.community().isEmpty());
            if (anyNone) {
                groupNames.add("In no community");
            }
            int named = notGivenSchool;
            for (int i = 0; i < n; i++) {
                Optional<Integer> c = a.participants().get(i).community();
                groupOf[i] = c.map(x -> x - 1).orElse(communities.size());
                colourOf[i] = schoolOf[i] < 0 ? PALETTE.size() + 1 : Math.min(schoolOf[i], PALETTE.size());
            }
            for (int s = 0; s < Math.min(PALETTE.size(), named); s++) {
                swatches.add(new Swatch(schools.get(s).group(), PALETTE.get(s), schools.get(s).participants()));
            }
            int other = 0;
            for (int s = PALETTE.size(); s < named; s++) {
                other += schools.get(s).participants();
            }
            swatches.add(new Swatch(Math.max(0, named - PALETTE.size()) + " other schools", OTHER, other));
            swatches.add(new Swatch("No school given", NONE, n - schools.stream().limit(named)
                    .mapToInt(GroupSummary::participants).sum()));
        }
        // the disc of those without a group ("No school given", "In no community"), or -1
        int rest = bySchool ? (notGivenSchool < schools.size() ? notGivenSchool : -1)
                : (groupNames.size() > communities.size() ? communities.size() : -1);
        int groups = groupNames.size();
        List<List<Integer>> members = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            members.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            members.get(groupOf[i]).add(i);
        }
        // discs largest first (ties: group order); empty groups are not drawn
        Integer[] order = new Integer[groups];
        for (int g = 0; g < groups; g++) {
            order[g] = g;
        }
        Arrays.sort(order, (x, y) -> members.get(y).size() != members.get(x).size()
                ? Integer.compare(members.get(y).size(), members.get(x).size()) : Integer.compare(x, y));
        List<Integer> drawn = new ArrayList<>();
        for (int g : order) {
            if (!members.get(g).isEmpty()) {
                drawn.add(g);
            }
        }

        // ------------------------------------------------------------ rings of discs
        double rMax = Math.max(40 * u, Math.min(plot.width(), plot.height()) / 2 - Fonts.lineHeight(fonts.small) * 1.4);
        double[] sizes = drawn.stream().mapToDouble(g -> members.get(g).size()).toArray();
        // the largest dot spacing at which the discs fit on one ring around a free middle of half the radius;
        // only a large cohort (when dots would get smaller than 8 points apart) gets more rings
        double s = 30 * u;
        Packing packing = pack(sizes, s, rMax, 1, 0.5, true);
        while (packing == null && s > 8 * u) {
            s *= 0.95;
            packing = pack(sizes, s, rMax, 1, 0.5, true);
        }
        while (packing == null && s > 1.2) {
            packing = pack(sizes, s, rMax, Integer.MAX_VALUE, 0.45, true);
            if (packing == null) {
                s *= 0.95;
            }
        }
        // thousands of groups (a state-wide cohort's schools): the gap between discs shrinks with the dots instead of
        // staying a few points wide, and the middle may close, so that every disc still fits on the canvas
        while (packing == null && s > 0.05) {
            packing = pack(sizes, s, rMax, Integer.MAX_VALUE, 0, false);
            if (packing == null) {
                s *= 0.95;
            }
        }
        // beyond that, rings past the plot (never met: at 0.05 points a dot, far more than 100,000 participants fit)
        for (double r = Math.max(rMax, 300 * u); packing == null; r *= 2) {
            packing = pack(sizes, s, r, Integer.MAX_VALUE, 0, false);
        }
        this.dotRadius = 0.36 * s;
        double c = 0.55 * s;
        int[] discOf = new int[n];
        for (int k = 0; k < drawn.size(); k++) {
            int g = drawn.get(k);
            double dx = cx + packing.radius[k] * Math.cos(packing.angle[k]);
            double dy = cy + packing.radius[k] * Math.sin(packing.angle[k]);
            List<Integer> ms = new ArrayList<>(members.get(g));
            ms.sort((x, y) -> colourOf[x] != colourOf[y] ? Integer.compare(colourOf[x], colourOf[y])
                    : Integer.compare(x, y));
            discs.add(new Disc(k, groupNames.get(g), ms.size(), dx, dy, packing.discRadius[k], packing.ring[k]));
            for (int x = 0; x < ms.size(); x++) {
                int i = ms.get(x);
                double rr = c * Math.sqrt(x + 0.5);
                double aa = x * GOLDEN_ANGLE;
                CohortParticipant p = a.participants().get(i);
                dots.add(new Dot(i, dx + rr * Math.cos(aa), dy + rr * Math.sin(aa), colourOf[i], p.isolated()));
                discOf[i] = k;
            }
        }
        dots.sort((x, y) -> Integer.compare(x.participant(), y.participant()));
        double rIn = Math.max(30 * u, packing.inner);

        // ------------------------------------------------------------ the most shared, inside the rings
        // Each resource gets a cell of a grid laid over the free middle (its node above a two-line label), the free
        // cell nearest to the weighted centre of the discs whose members name it, most shared first. Cells never
        // overlap, so neither do labels; when there are more resources than cells, the least shared are left out.
        CohortGraph graph = a.graph();
        Font rf = fonts.small;
        double lh = Fonts.lineHeight(rf);
        double cellW = 150 * u;
        double dMin = 10 * u;
        double dMax = Math.max(dMin, Math.min(44 * u, rIn / 4));
        double cellH = dMax + 2 * lh + 10 * u;
        List<double[]> cells = new ArrayList<>();
        int cols = (int) Math.floor(rIn / cellW) + 1;
        int rows = (int) Math.floor(rIn / cellH) + 1;
        for (int row = -rows; row <= rows; row++) {
            for (int col = -cols; col <= cols; col++) {
                // odd rows are shifted by half a cell, as bricks are, so that labels of rows above and below
                // do not line up into columns
                double x0 = cx + (col + (Math.floorMod(row, 2) == 1 ? 0.5 : 0)) * cellW;
                double y0 = cy + row * cellH;
                double hx = cellW / 2;
                double hy = cellH / 2;
                if (Math.hypot(Math.abs(x0 - cx) + hx, Math.abs(y0 - cy) + hy) <= rIn) {
                    cells.add(new double[] {x0, y0});
                }
            }
        }
        cells.sort((p, q) -> {
            int cmp = Double.compare(Math.hypot(p[0] - cx, p[1] - cy), Math.hypot(q[0] - cx, q[1] - cy));
            if (cmp != 0) {
                return cmp;
            }
            cmp = Double.compare(p[1], q[1]);
            return cmp != 0 ? cmp : Double.compare(p[0], q[0]);
        });
        List<SharedResource> most = a.sharedResources().stream().filter(r -> r.kind() != Kind.PERSON)
                .limit(Math.min(o.shared(), cells.size())).toList();
        int maxUsers = most.isEmpty() ? 1 : most.get(0).participants();
        double outer = packing.outer <= 0 ? 1 : packing.outer;
        boolean[] taken = new boolean[cells.size()];
        int[][] usersIn = new int[most.size()][discs.size()];
        for (int k = 0; k < most.size(); k++) {
            SharedResource r = most.get(k);
            double sx = 0;
            double sy = 0;
            int total = 0;
            for (int i : graph.participantsOf(r.node())) {
                Disc d = discs.get(discOf[i]);
                usersIn[k][d.index()]++;
                sx += d.cx() - cx;
                sy += d.cy() - cy;
                total++;
            }
            double wantX = cx + (total == 0 ? 0 : sx / total) * rIn / outer;
            double wantY = cy + (total == 0 ? 0 : sy / total) * rIn / outer;
            int best = -1;
            double bestDist = Double.MAX_VALUE;
            for (int c2 = 0; c2 < cells.size(); c2++) {
                if (!taken[c2]) {
                    double dist = Math.hypot(cells.get(c2)[0] - wantX, cells.get(c2)[1] - wantY);
                    if (dist < bestDist - 1e-9) {
                        best = c2;
                        bestDist = dist;
                    }
                }
            }
            taken[best] = true;
            double d = dMin + (dMax - dMin) * Math.sqrt(r.participants() / (double) maxUsers);
            double x = cells.get(best)[0];
            double y = cells.get(best)[1] - cellH / 2 + 4 * u + dMax / 2;
            String name = names.node(r.node());
            Res res = new Res(k + 1, r.node(), name, r.kind(), r.category(), r.participants(), x, y, d);
            resources.add(res);
            List<String> lines2 = new ArrayList<>(Fonts.wrap(rf, name, cellW - 10 * u, 2));
            String count = " · " + count(r.participants());
            String last = lines2.get(lines2.size() - 1);
            if (Fonts.width(rf, last + count) > cellW - 10 * u) {
                if (lines2.size() == 1 && Fonts.width(rf, count.strip()) <= cellW - 10 * u) {
                    lines2.add(count.strip());
                    last = null;
                } else {
                    last = Fonts.fit(rf, last, cellW - 10 * u - Fonts.width(rf, count));
                }
            }
            if (last != null) {
                lines2.set(lines2.size() - 1, last + count);
            }
            double bw = lines2.stream().mapToDouble(l -> Fonts.width(rf, l)).max().orElse(0) + 6 * u;
            double by = y + dMax / 2 + 3 * u;
            labels.add(new Label(lines2, name + " · " + count(r.participants()),
                    new Box(x - bw / 2, by, bw, lines2.size() * lh + 2 * u), rf, ink.text()));
            for (Disc disc : discs) {
                int users = usersIn[k][disc.index()];
                double share = users / (double) disc.size();
                if (users >= 2 && share >= o.lineShare()) {
                    lines.add(new Line(disc.index(), k, users, share));
                }
            }
        }

        // the strongest lines only, so that a large cohort does not turn into a hairball
        lines.sort((x, y) -> x.share() != y.share() ? Double.compare(y.share(), x.share())
                : x.disc() != y.disc() ? Integer.compare(x.disc(), y.disc()) : Integer.compare(x.res(), y.res()));
        this.lineShare = o.lineShare();
        if (lines.size() > MAX_LINES) {
            double cut = lines.get(MAX_LINES - 1).share();
            lines.removeIf(l -> l.share() < cut);
            this.lineShare = cut;
        }
        lines.sort((x, y) -> x.disc() != y.disc() ? Integer.compare(x.disc(), y.disc())
                : Integer.compare(x.res(), y.res()));

        // ------------------------------------------------------------ labels
        LabelPlacer placer = new LabelPlacer(plot);
        for (Res r : resources) {
            placer.blockDisc(r.x(), r.y(), r.d() / 2 + 2 * u);
        }
        for (Disc d : discs) {
            placer.blockDisc(d.cx(), d.cy(), d.r());
        }
        for (Label l : labels) {
            placer.block(l.box());
        }
        Font gf = fonts.small;
        double gh = Fonts.lineHeight(gf) + 2 * u;
        for (Disc d : discs) {
            if (d.ring() > 0) {
                hiddenGroupLabels++;   // inner rings: names would crowd the middle; the SVG has them as tooltips
                continue;
            }
            String full = d.name() + " (" + count(d.size()) + ")";
            double dx = d.cx() - cx;
            double dy = d.cy() - cy;
            double len = Math.max(1e-9, Math.hypot(dx, dy));
            double ux = dx / len;
            double uy = dy / len;
            Label placed = null;
            for (double limit : new double[] {Math.max(2 * d.r() + 40 * u, 200 * u), Math.max(2 * d.r(), 90 * u)}) {
                String name = Fonts.fit(gf, d.name(), limit) + " (" + count(d.size()) + ")";
                double lw = Fonts.width(gf, name) + 6 * u;
                double off = d.r() + 2 * u;
                // outward from the centre, below, above, inward: the first free place
                // t: how far the box's centre must be for its nearest edge to clear the disc along (ux, uy)
                double t = off + lw / 2 * Math.abs(ux) + gh / 2 * Math.abs(uy);
                double[][] centres = {
                        {d.cx() + ux * t, d.cy() + uy * t},
                        {d.cx(), d.cy() + off + gh / 2},
                        {d.cx(), d.cy() - off - gh / 2},
                        {d.cx() - ux * t, d.cy() - uy * t}};
                for (double[] c2 : centres) {
                    Box b = new Box(c2[0] - lw / 2, c2[1] - gh / 2, lw, gh);
                    if (placer.fits(b)) {
                        placer.block(b);
                        placed = new Label(List.of(name), full, b, gf, ink.muted());
                        break;
                    }
                }
                if (placed != null) {
                    break;
                }
            }
            if (placed == null) {
                hiddenGroupLabels++;
            } else {
                labels.add(placed);
            }
        }

        int restSize = rest < 0 ? 0 : members.get(rest).size();
        int named = (int) drawn.stream().filter(g -> g != rest).count();
        int smallDrawn = bySchool ? 0 : (int) drawn.stream()
                .filter(g -> g != rest && communities.get(g).size() < minCommunity).count();
        this.groupsText = groupsText(named - smallDrawn, smallDrawn, restSize, bySchool);
        this.title = o.title();
        // "the 19 most shared … of 19" said nothing: when every shared one is drawn, say so plainly
        // and "the 1 shared organizations and resources" said it wrong: one, or none, in words (as the legend says)
        String shownText = resources.size() == sharedTotal ? (sharedTotal == 0 ? "no shared organization or resource"
                : sharedTotal == 1 ? "the one shared organization or resource" : String.format(Locale.ROOT,
                "the %,d shared organizations and resources", sharedTotal)) : String.format(Locale.ROOT,
                "the %,d most shared organizations and resources of %,d", resources.size(), sharedTotal);
        this.subtitle = String.format(Locale.ROOT, "%,d participant%s %s · %s · as of %s", n, n == 1 ? "" : "s",
                groupsText, shownText, o.asOf());
    }

    /** A count as the map writes it: with thousands separators ("38,408"), as the workbook and the screen do. */
    static String count(int n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /**
     * The grey swatch past the palette's communities: "1 other community", "3 other communities and 1 small group",
     * "2 other small groups", "0 other communities" (was "other 1 community").
     */
    static String otherText(int communities, int small) {
        if (communities + small == 0) {
            return "0 other communities";
        }
        String t = CommunityProfiles.countText(communities, small);
        int space = t.indexOf(' ');
        return t.substring(0, space) + " other" + t.substring(space);
    }

    /**
     * The legend's one line on those in no community, the short form of {@link CommunityProfiles#noCommunityText}
     * (#6): "In no community: the grouping left them alone or in a pair (a group needs 3 members or more).", or "In no
     * community: those who share nothing with anyone." when that is all of them; "" when everyone is in one.
     */
    static String noCommunityNote(CohortAnalysis a) {
        if (a.participants().stream().allMatch(p -> p.community().isPresent())) {
            return "";
        }
        if (a.participants().stream().allMatch(p -> p.community().isPresent() || p.isolated())) {
            return "In no community: those who share nothing with anyone.";
        }
        int min = a.options().minCommunitySize();
        return "In no community: the grouping left them " + (min == 2 ? "alone" : min == 3 ? "alone or in a pair"
                : "in a group of fewer than " + min) + " (a group needs " + min + " members or more).";
    }

    /**
     * "in 3 schools", "in 3 schools (4 with no school given)", "with no school given", "in 3 communities and 1 small
     * group (2 in no community)": communities and small groups counted as the district workbook counts them
     * ({@link CommunityProfiles#countText(int, int)}); {@code small} is 0 by school.
     */
    static String groupsText(int named, int small, int rest, boolean bySchool) {
        String restText = bySchool ? "with no school given" : "in no community";
        if (named + small == 0) {
            return restText;
        }
        String text = bySchool ? String.format(Locale.ROOT, "in %,d %s", named, named == 1 ? "school" : "schools")
                : "in " + CommunityProfiles.countText(named, small);
        return rest == 0 ? text : String.format(Locale.ROOT, "%s (%,d %s)", text, rest, restText);
    }

    /** "Community 2", or "Small group 4" below the size the workbook describes (the Participants sheet's number). */
    static String communityName(Community c, int minSize) {
        return (c.size() < minSize ? "Small group " : "Community ") + c.number();
    }

    static CohortMapPlan of(CohortAnalysis a, CohortLabels names, CohortMapOptions o) {
        return new CohortMapPlan(a, names, o);
    }

    /** Discs on rings: the radius of each disc, its ring radius and angle, and the free circle inside. */
    private record Packing(double[] discRadius, double[] radius, double[] angle, double inner, double outer,
                           int[] ring) {
    }

    /**
     * Packs discs of these sizes (largest first) on at most {@code maxRings} rings from the outside in, with dot
     * spacing s; null when they do not fit outside a circle of {@code innerShare × rMax} (the room kept for the
     * resources).
     */
    private Packing pack(double[] sizes, double s, double rMax, int maxRings, double innerShare, boolean gapFloor) {
        int k = sizes.length;
        double c = 0.55 * s;
        double dot = 0.36 * s;
        double gap = gapFloor ? Math.max(6 * u, 0.8 * s) : 0.8 * s;
        double[] dr = new double[k];
        for (int i = 0; i < k; i++) {
            dr[i] = c * Math.sqrt(sizes[i]) + dot;
        }
        double[] radius = new double[k];
        double[] angle = new double[k];
        if (k == 0) {
            return new Packing(dr, radius, angle, rMax, rMax, new int[0]);
        }
        double minInner = innerShare * rMax;
        int rings = 0;
        int[] ringOf = new int[k];
        double ringR = rMax - dr[0];
        double outer = ringR;
        int i = 0;
        double inner = ringR;
        while (i < k) {
            if (ringR <= 0) {
                return null;
            }
            double capacity = 2 * Math.PI * ringR;
            int start = i;
            double used = 0;
            double thick = dr[i];
            while (i < k && used + 2 * dr[i] + gap <= capacity) {
                used += 2 * dr[i] + gap;
                i++;
            }
            if (i == start || ++rings > maxRings) {
                return null;   // a single disc does not fit on this ring, or rings are used up
            }
            if (k == 1) {
                // one group: in the middle
                radius[0] = 0;
                angle[0] = 0;
                return new Packing(dr, radius, angle, 0, 0, new int[1]);
            }
            double extra = (capacity - used) / (i - start);
            double at = -Math.PI / 2 - (dr[start] + gap / 2 + extra / 2) / ringR;
            for (int x = start; x < i; x++) {
                double arc = 2 * dr[x] + gap + extra;
                radius[x] = ringR;
                ringOf[x] = rings - 1;
                angle[x] = at + arc / 2 / ringR;
                at += arc / ringR;
            }
            inner = ringR - thick - gap;
            if (inner < minInner) {
                return null;
            }
            if (i < k) {
                ringR = ringR - thick - gap - dr[i];
                if (ringR - dr[i] < minInner) {
                    return null;
                }
            }
        }
        return new Packing(dr, radius, angle, inner, outer, ringOf);
    }
}
