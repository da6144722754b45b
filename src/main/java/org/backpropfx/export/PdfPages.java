package org.backpropfx.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A simple flowing A4 document: headings, lines of text that wrap, fill-in blanks, drawings of the
 * network, and page breaks. Text is set in DejaVu Sans (shipped with the application), which has the
 * Greek letters, sub- and superscripts and arrows of the formulas.
 *
 * <p>The same content always gives the same bytes: the file carries no dates, and its ID is a hash of
 * what was written, so a worksheet made again from the same seed is identical.
 */
public final class PdfPages implements AutoCloseable {
    private static final float MARGIN = 50;
    private static final PDRectangle SIZE = PDRectangle.A4;
    private static byte[] regularBytes;
    private static byte[] boldBytes;

    private final PDDocument doc = new PDDocument();
    private final PDFont regular;
    private final PDFont bold;
    private final MessageDigest digest;
    private PDPageContentStream out;
    private float y;

    public PdfPages(String title) {
        try {
            regular = PDType0Font.load(doc, new ByteArrayInputStream(fontBytes(false)), true);
            bold = PDType0Font.load(doc, new ByteArrayInputStream(fontBytes(true)), true);
            digest = MessageDigest.getInstance("SHA-256");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(title);
        info.setCreator("BackpropFX");
        doc.setDocumentInformation(info);
        remember(title);
    }

    private static synchronized byte[] fontBytes(boolean boldFace) throws IOException {
        if (boldFace ? boldBytes == null : regularBytes == null) {
            String name = boldFace ? "DejaVuSans-Bold.ttf" : "DejaVuSans.ttf";
            try (InputStream in = PdfPages.class.getResourceAsStream(name)) {
                if (in == null) throw new IOException("the application is missing its font " + name);
                byte[] bytes = in.readAllBytes();
                if (boldFace) boldBytes = bytes;
                else regularBytes = bytes;
            }
        }
        return boldFace ? boldBytes : regularBytes;
    }

    PDFont font() { return regular; }

    float width(String text, PDFont font, float size) throws IOException {
        return font.getStringWidth(text) / 1000f * size;
    }

    /** The text with any character the font cannot show written out, so that a PDF is always made. */
    String printable(String text) {
        StringBuilder sb = new StringBuilder();
        text.codePoints().forEach(cp -> {
            String c = new String(Character.toChars(cp));
            try {
                regular.encode(c);
                sb.append(c);
            } catch (IOException | IllegalArgumentException e) {
                sb.append('?');
            }
        });
        return sb.toString();
    }

    private void remember(String text) { digest.update(text.getBytes(StandardCharsets.UTF_8)); }

    /** Starts a new page; the next line goes at its top. */
    public void newPage() {
        try {
            closePage();
            PDPage page = new PDPage(SIZE);
            doc.addPage(page);
            out = new PDPageContentStream(doc, page);
            y = SIZE.getHeight() - MARGIN;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void closePage() throws IOException {
        if (out != null) {
            out.close();
            out = null;
        }
    }

    private float textWidth() { return SIZE.getWidth() - 2 * MARGIN; }

    private void room(float height) {
        if (out == null || y - height < MARGIN) newPage();
    }

    public void heading(String text, float size) {
        space(size * 0.4f);
        write(text, size, true, 0);
        space(size * 0.2f);
    }

    public void paragraph(String text, float size) { write(text, size, false, 0); }

    /** A line indented by {@code indent} points; a long one wraps at spaces onto further indented lines. */
    public void line(String text, float size, float indent) { write(text, size, false, indent); }

    public void space(float points) {
        if (out != null) y -= points;
    }

    /** "label ______" with the line long enough to write a number on. */
    public void blank(String label, float size, float indent) {
        List<String> lines = wrap(printable(label), regular, size, textWidth() - indent - 110);
        for (int k = 0; k < lines.size(); k++) {
            room(size * 1.9f);
            y -= size * 1.9f;
            try {
                float x = MARGIN + indent;
                show(lines.get(k), regular, size, x, y);
                if (k == lines.size() - 1) {
                    float start = x + width(lines.get(k), regular, size) + 6;
                    out.setStrokingColor(0.35f, 0.35f, 0.35f);
                    out.setLineWidth(0.6f);
                    out.setLineDashPattern(new float[0], 0);
                    out.moveTo(start, y - 2);
                    out.lineTo(Math.min(start + 110, SIZE.getWidth() - MARGIN), y - 2);
                    out.stroke();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            remember(lines.get(k));
        }
    }

    /**
     * Blanks in a grid of {@code columns} columns, row by row: "label ______" in each cell, the line
     * filling what the label leaves of the cell.
     */
    public void blankGrid(List<String> labels, float size, int columns, float indent) {
        float cell = (textWidth() - indent) / columns;
        float lead = size * 1.7f;
        for (int k = 0; k < labels.size(); k++) {
            if (k % columns == 0) {
                room(lead);
                y -= lead;
            }
            String label = printable(labels.get(k));
            float x = MARGIN + indent + cell * (k % columns);
            try {
                show(label, regular, size, x, y);
                float start = x + width(label, regular, size) + 4;
                float end = x + cell - 12;
                out.setStrokingColor(0.35f, 0.35f, 0.35f);
                out.setLineWidth(0.6f);
                out.setLineDashPattern(new float[0], 0);
                out.moveTo(start, y - 2);
                out.lineTo(Math.max(start + 30, end), y - 2);
                out.stroke();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            remember(label);
        }
    }

    /** The network drawn across the text width (never larger than its own size), starting on this page if it fits. */
    public void drawing(NetworkDrawing drawing) { drawing(drawing, 0.6); }

    /** The same, taking at most {@code maxShare} of the page's height. */
    public void drawing(NetworkDrawing drawing, double maxShare) {
        double scale = Math.min(1.0, Math.min(textWidth() / drawing.width(), (SIZE.getHeight() - 2 * MARGIN) * maxShare / drawing.height()));
        float height = (float) (drawing.height() * scale);
        room(height);
        drawing.paint(new PdfCanvas(out, this, MARGIN, y, scale));
        for (var t : drawing.texts()) remember(t.toPlainText());
        y -= height;
    }

    private void write(String text, float size, boolean strong, float indent) {
        PDFont font = strong ? bold : regular;
        List<String> lines = wrap(printable(text), font, size, textWidth() - indent);
        for (int k = 0; k < lines.size(); k++) {
            float lead = size * 1.4f;
            room(lead);
            y -= lead;
            try {
                show(lines.get(k), font, size, MARGIN + indent + (k > 0 ? size * 2 : 0), y);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            remember(lines.get(k));
        }
    }

    private void show(String text, PDFont font, float size, float x, float baseline) throws IOException {
        out.setNonStrokingColor(0.1f, 0.1f, 0.1f);
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, baseline);
        out.showText(text);
        out.endText();
    }

    /** Breaks at spaces so that every line fits; later lines leave room for their indent. */
    private List<String> wrap(String text, PDFont font, float size, float width) {
        List<String> lines = new ArrayList<>();
        try {
            String rest = text;
            float room = width;
            while (width(rest, font, size) > room) {
                int cut = -1;
                for (int k = rest.indexOf(' '); k > 0; k = rest.indexOf(' ', k + 1)) {
                    if (width(rest.substring(0, k), font, size) <= room) cut = k;
                    else break;
                }
                if (cut <= 0) break;
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut + 1);
                room = width - size * 2;
            }
            lines.add(rest);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    /** The finished document. */
    public byte[] toBytes() {
        try {
            closePage();
            if (doc.getNumberOfPages() == 0) newPage();
            closePage();
            byte[] id = Arrays.copyOf(digest.digest(), 16);
            COSArray ids = new COSArray();
            ids.add(new COSString(id));
            ids.add(new COSString(id));
            doc.getDocument().setDocumentID(ids);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            closePage();
            doc.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
