import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

/**
 * Draws the application icon: a 2-2-1 network on a rounded tile, weights in the app's blue (positive)
 * and orange (negative), the output lit as after a forward pass, and an arrow back for backpropagation.
 * Run from the project root: {@code java assets/icon/DrawIcon.java}; it writes the PNGs the app and
 * the installers use.
 */
public class DrawIcon {
    static final Color BLUE = new Color(0x1f, 0x6f, 0xb4);
    static final Color ORANGE = new Color(0xe6, 0x9f, 0x00);

    public static void main(String[] args) throws Exception {
        File dir = new File("src/main/resources/org/backpropfx/ui/icons");
        dir.mkdirs();
        for (int size : new int[] {16, 32, 48, 64, 128, 256, 512}) {
            ImageIO.write(draw(size), "png", new File(dir, "backpropfx-" + size + ".png"));
        }
    }

    static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(size / 256.0, size / 256.0);
        // the tile
        g.setPaint(new GradientPaint(0, 0, new Color(0xf7, 0xf9, 0xfc), 0, 256, new Color(0xdc, 0xe6, 0xf2)));
        g.fill(new RoundRectangle2D.Double(8, 8, 240, 240, 56, 56));
        g.setColor(new Color(0x9a, 0xb0, 0xc8));
        g.setStroke(new BasicStroke(4));
        g.draw(new RoundRectangle2D.Double(10, 10, 236, 236, 52, 52));

        double[][] input = {{58, 84}, {58, 172}};
        double[][] hidden = {{128, 84}, {128, 172}};
        double[] output = {198, 128};
        Color[][] first = {{BLUE, ORANGE}, {ORANGE, BLUE}};
        float[][] width = {{14, 8}, {10, 12}};
        for (int i = 0; i < 2; i++) {
            for (int h = 0; h < 2; h++) edge(g, input[i], hidden[h], first[i][h], width[i][h]);
        }
        edge(g, hidden[0], output, BLUE, 14);
        edge(g, hidden[1], output, ORANGE, 9);

        for (double[] n : input) neuron(g, n, new Color(0xff, 0xff, 0xff));
        for (double[] n : hidden) neuron(g, n, new Color(0xcf, 0xe3, 0xf5));
        neuron(g, output, new Color(0x7f, 0xb8, 0xe6));

        // the backward pass: an arrow from the output back over the top
        g.setColor(new Color(0xc0, 0x39, 0x2b));
        g.setStroke(new BasicStroke(10, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new java.awt.geom.Arc2D.Double(70, 20, 130, 70, 10, 160, java.awt.geom.Arc2D.OPEN));
        int[] xs = {62, 92, 70};
        int[] ys = {58, 64, 36};
        g.fillPolygon(xs, ys, 3);
        g.dispose();
        return image;
    }

    static void edge(Graphics2D g, double[] a, double[] b, Color colour, float width) {
        g.setColor(colour);
        g.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(a[0], a[1], b[0], b[1]));
    }

    static void neuron(Graphics2D g, double[] c, Color fill) {
        double r = 22;
        Ellipse2D circle = new Ellipse2D.Double(c[0] - r, c[1] - r, 2 * r, 2 * r);
        g.setColor(fill);
        g.fill(circle);
        g.setColor(new Color(0x22, 0x2b, 0x36));
        g.setStroke(new BasicStroke(6));
        g.draw(circle);
    }
}
