package org.plnkit.report.map;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ref.SoftReference;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.graphstream.graph.Graph;
import org.graphstream.stream.file.FileSinkImages;
import org.graphstream.stream.file.images.CustomResolution;
import org.graphstream.ui.view.camera.Camera;

/**
 * GraphStream's image sink, rendering into an image of {@code width × scale} pixels (PNG) or into a given
 * {@link Graphics2D} such as JFreeSVG's (SVG), without files: the rendered image is handed back instead of being
 * written under a generated name, and the progress line GraphStream logs for each image is not printed.
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

    MapSink(int width, int height, double scale, OrderedSwingRenderer.Layer below, OrderedSwingRenderer.Layer above) {
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
}
