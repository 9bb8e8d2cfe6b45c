package org.plnkit.report.map;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ref.SoftReference;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.graphstream.graph.Edge;
import org.graphstream.graph.Graph;
import org.graphstream.stream.file.FileSinkImages;
import org.graphstream.stream.file.images.CustomResolution;
import org.graphstream.ui.geom.Point3;
import org.graphstream.ui.view.camera.Camera;
import org.jfree.svg.SVGGraphics2D;

/**
 * GraphStream's image sink, rendering into an image of {@code width × scale} pixels (PNG) or into a given
 * {@link Graphics2D} such as JFreeSVG's (SVG), without files: the rendered image is handed back instead of being
 * written under a generated name, and the progress line GraphStream logs for each image is not printed.
 *
 * <p><b>Threads.</b> Sinks may draw on many threads at once, each its own sink and graph ({@link #open}). What a sink
 * draws with is its own: the sink's graphic graph, style sheet and style groups, the renderer, its camera and
 * Java2D back end, the image or SVG graphics, and our layers' data. What GraphStream 2.0 shares between sinks is
 * static (read in gs-core and gs-ui-swing 2.0: every static field, and every write to one outside a class
 * initializer):
 * <ul>
 * <li>{@code swing.util.FontCache}: a plain {@code HashMap} of fonts by name, style and size, filled on a miss
 *     (every element's text box asks for its font even when text is hidden). Our style sheets never set a text font,
 *     style or size, so every element of every map asks for the same default font: one miss, then reads only.</li>
 * <li>gs-core's switch tables ({@code $SWITCH_TABLE$…} in {@code FileSinkImages}, {@code StyleSheet},
 *     {@code StyleGroupSet}, {@code Value}, {@code Values}, {@code DefaultCamera2D}, {@code GraphMetrics}): arrays
 *     built on first use and published without a lock.</li>
 * <li>Read-only after class initialization, so safe: the colour names and patterns of {@code StyleConstants}, the
 *     style sheet parser's tables, {@code TextBox}'s font render context, {@code ShapePaint}'s fractions.</li>
 * <li>Not reached by our maps (no icons, images, gradients, sprites or viewers): {@code ImageCache},
 *     {@code swing_viewer}'s caches.</li>
 * </ul>
 * So the first sink of the JVM draws a specimen of every look our maps use ({@link Specimen}) under a lock, before any
 * other sink is made: that makes the font cache's one entry and every switch table on the paths our maps take.
 * After it (a volatile write, read by every later {@link #open}, so its writes are visible to every thread) the
 * shared state is only read, and maps draw in parallel without a lock: {@code MapSinkThreadsTest} draws many maps on
 * many threads and compares their bytes with the same maps drawn one at a time. A new look in a scene (a text font or
 * size, an icon, a gradient, a sprite) must be added to the specimen, or this is no longer true.
 */
final class MapSink extends FileSinkImages {
    /** Held so that the level set here is not lost when the logger would otherwise be collected. */
    private static final Logger GRAPHSTREAM_LOG = Logger.getLogger("org.graphstream");

    static {
        GRAPHSTREAM_LOG.setLevel(Level.WARNING);
    }

    private final OrderedSwingRenderer renderer;
    private final int width;
    private final int height;
    private final double scale;
    private Graphics2D target;
    private BufferedImage image;
    private Graphics2D imageGraphics;
    private BufferedImage written;
    /** The canvas to paint into instead of a new image ({@link #canvas}), while rendering. */
    private BufferedImage reuse;

    /** Each thread's canvas for {@link #canvas}. */
    private static final ThreadLocal<SoftReference<BufferedImage>> CANVAS = new ThreadLocal<>();

    /** Whether the specimen has been drawn ({@link #open}): GraphStream's shared state is complete and read only. */
    private static volatile boolean specimenDrawn;

    /**
     * A sink drawing {@code width × height} (times {@code scale} for a picture) with our layers beneath and above the
     * graph; one per drawing, on the thread that draws. The first call of the JVM first draws the specimen.
     */
    static MapSink open(int width, int height, double scale, OrderedSwingRenderer.Layer below,
                        OrderedSwingRenderer.Layer above) {
        if (!specimenDrawn) {
            Specimen.draw();
        }
        return new MapSink(width, height, scale, below, above);
    }

    private MapSink(int width, int height, double scale, OrderedSwingRenderer.Layer below,
                    OrderedSwingRenderer.Layer above) {
        super(OutputType.PNG, new CustomResolution(width, height), OutputPolicy.NONE);
        this.width = width;
        this.height = height;
        this.scale = scale;
        this.renderer = new OrderedSwingRenderer(below, above);
        this.renderer.open(gg, null);
        setLayoutPolicy(LayoutPolicy.NO_LAYOUT);
        setQuality(Quality.HIGH);
    }

    /** Renders the graph into a new image of {@code width × scale} by {@code height × scale} pixels. */
    BufferedImage image(Graph graph) {
        target = null;
        reuse = null;
        write(graph);
        return Objects.requireNonNull(written, "GraphStream rendered no image");
    }

    /**
     * Renders the graph into this thread's canvas of that size, made once and painted over each time, for a picture
     * that is encoded before this thread draws again: a map of 1600 × 1200 pixels is 7.7 MB that the heap takes as
     * one humongous object, for each of a cohort's reports. Every pixel is painted (the graph's background fills the
     * canvas first), so nothing of the previous map is left; the canvas is only softly held.
     */
    BufferedImage canvas(Graph graph) {
        target = null;
        int w = (int) Math.round(width * scale);
        int h = (int) Math.round(height * scale);
        BufferedImage c = CANVAS.get() == null ? null : CANVAS.get().get();
        if (c == null || c.getWidth() != w || c.getHeight() != h) {
            c = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            CANVAS.set(new SoftReference<>(c));
        }
        reuse = c;
        try {
            write(graph);
        } finally {
            reuse = null;
        }
        return Objects.requireNonNull(written, "GraphStream rendered no image");
    }

    /** Renders the graph into the given graphics, e.g. an SVG document. */
    void paint(Graph graph, Graphics2D g) {
        target = g;
        write(graph);
    }

    private void write(Graph graph) {
        written = null;
        try {
            writeAll(graph, "pln-map");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (imageGraphics != null) {
                imageGraphics.dispose();
                imageGraphics = null;
            }
        }
    }

    @Override
    protected Camera getCamera() {
        return renderer.getCamera();
    }

    @Override
    protected void render() {
        renderer.render(target != null ? target : imageGraphics, 0, 0, width, height);
    }

    @Override
    protected BufferedImage getRenderedImage() {
        return image;
    }

    @Override
    protected void initImage() {
        if (imageGraphics != null) {
            imageGraphics.dispose();
        }
        if (target != null) {
            image = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
            imageGraphics = null;
            return;
        }
        image = reuse != null ? reuse : new BufferedImage((int) Math.round(width * scale),
                (int) Math.round(height * scale), BufferedImage.TYPE_INT_RGB);
        imageGraphics = image.createGraphics();
        imageGraphics.scale(scale, scale);
    }

    @Override
    protected void clearImage(int color) {
        // the graph's background fills the whole canvas
    }

    @Override
    protected void writeImage(BufferedImage rendered, String filename) {
        written = rendered;
    }

    @Override
    protected void printProgress() {
        // GraphStream logs a line with terminal escapes for every image: not wanted in a library
    }

    /**
     * A small map with every look our scenes ({@link GraphScene}, {@link CohortMapScene}) give GraphStream: the
     * background, the invisible anchors, circles, boxes and diamonds with and without a stroke, plain and dashed ties
     * and a bowed link (a polyline). Drawn once per JVM as a picture and as SVG, before any other drawing, so that
     * GraphStream's shared state is built on one thread (see the class comment).
     */
    private static final class Specimen {
        private Specimen() {
        }

        static synchronized void draw() {
            if (specimenDrawn) {
                return;
            }
            OrderedSwingRenderer.Layer none = g -> { };
            new MapSink(64, 48, 1, none, none).image(graph());
            new MapSink(64, 48, 1, none, none).paint(graph(), new SVGGraphics2D(64, 48));
            specimenDrawn = true;
        }

        private static Graph graph() {
            Scene scene = new Scene("specimen", Color.WHITE, 64, 48);
            scene.rule("node.ego { shape: circle; size: 12.00px; fill-color: #1F2328; stroke-mode: plain; "
                    + "stroke-color: #FFFFFF; stroke-width: 3.00px; z-index: 5; }");
            scene.node("ego", 32, 24, "ego");
            String[] shapes = {"circle", "box", "diamond"};
            for (int i = 0; i < shapes.length; i++) {
                scene.node("n" + i, 8 + 20 * i, 8, scene.styleClass("node.%s { shape: " + shapes[i]
                        + "; size: 8.00px; fill-color: #0072B2; stroke-mode: plain; stroke-color: #000000; "
                        + "stroke-width: 1.20px; z-index: 3; }"));
                scene.node("m" + i, 8 + 20 * i, 40, scene.styleClass("node.%s { shape: " + shapes[i]
                        + "; size: 8.00px; fill-color: #E69F00; z-index: 4; }"));
            }
            scene.edge("tie", "ego", "n0", "edge.%s { size: 2.00px; fill-color: rgba(0,114,178,150); z-index: 1; }");
            scene.edge("overdue", "ego", "n1", "edge.%s { size: 1.80px; fill-mode: none; stroke-mode: dashes; "
                    + "stroke-color: rgba(230,159,0,150); stroke-width: 0px; z-index: 1; }");
            Edge link = scene.edge("link", "n0", "n2", "edge.%s { shape: polyline; size: 1.30px; "
                    + "fill-color: rgba(89,97,110,120); z-index: 0; }");
            link.setAttribute("ui.points", (Object) new Point3[] {new Point3(8, 8, 0), new Point3(28, 2, 0),
                    new Point3(48, 8, 0)});
            scene.edge("line", "ego", "m2", "edge.%s { size: 1.00px; fill-color: rgba(90,98,112,70); z-index: 0; }");
            return scene.graph();
        }
    }
}
