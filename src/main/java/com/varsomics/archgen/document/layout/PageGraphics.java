package com.varsomics.archgen.document.layout;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The graphics of one page the layout rules need besides text: where raster images are drawn, and the vertical
 * lines stroked or filled as thin rectangles (table cell borders), all in points from the top-left corner.
 */
record PageGraphics(List<ImageBox> images, List<VerticalRule> rules) {

    /** A filled rectangle narrower than this is a rule, not a shaded area. */
    private static final double RULE_WIDTH = 2;

    static PageGraphics of(PDPage page) throws IOException {
        Engine engine = new Engine(page);
        engine.processPage(page);
        return new PageGraphics(engine.images, engine.rules);
    }

    private static final class Engine extends PDFGraphicsStreamEngine {

        private final double height;
        private final List<ImageBox> images = new ArrayList<>();
        private final List<VerticalRule> rules = new ArrayList<>();
        /** The current path's vertical segments and thin rectangles: x, bottom, top in page space (y up). */
        private final List<double[]> segments = new ArrayList<>();
        private final List<double[]> thinRectangles = new ArrayList<>();
        private Point2D.Float current = new Point2D.Float();

        Engine(PDPage page) {
            super(page);
            this.height = page.getMediaBox().getHeight();
        }

        @Override
        public void drawImage(PDImage image) {
            Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
            double minX = Double.MAX_VALUE;
            double minY = Double.MAX_VALUE;
            double maxX = -Double.MAX_VALUE;
            double maxY = -Double.MAX_VALUE;
            for (float[] corner : new float[][]{{0, 0}, {1, 0}, {0, 1}, {1, 1}}) {
                Point2D.Float point = ctm.transformPoint(corner[0], corner[1]);
                minX = Math.min(minX, point.x);
                maxX = Math.max(maxX, point.x);
                minY = Math.min(minY, point.y);
                maxY = Math.max(maxY, point.y);
            }
            images.add(new ImageBox(minX, height - maxY, maxX, height - minY));
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            double left = Math.min(p0.getX(), p2.getX());
            double right = Math.max(p0.getX(), p2.getX());
            double bottom = Math.min(p0.getY(), p2.getY());
            double top = Math.max(p0.getY(), p2.getY());
            if (right - left < RULE_WIDTH) {
                thinRectangles.add(new double[]{(left + right) / 2, bottom, top});
            }
            segments.add(new double[]{left, bottom, top});
            segments.add(new double[]{right, bottom, top});
            current = new Point2D.Float((float) p0.getX(), (float) p0.getY());
        }

        @Override
        public void moveTo(float x, float y) {
            current = new Point2D.Float(x, y);
        }

        @Override
        public void lineTo(float x, float y) {
            if (Math.abs(x - current.x) < 0.5 && Math.abs(y - current.y) > RULE_WIDTH) {
                segments.add(new double[]{x, Math.min(y, current.y), Math.max(y, current.y)});
            }
            current = new Point2D.Float(x, y);
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            current = new Point2D.Float(x3, y3);
        }

        @Override
        public Point2D getCurrentPoint() {
            return current;
        }

        @Override
        public void strokePath() {
            keep(segments);
        }

        @Override
        public void fillPath(int windingRule) {
            keep(thinRectangles);
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
            keep(segments);
            keep(thinRectangles);
        }

        @Override
        public void endPath() {
            segments.clear();
            thinRectangles.clear();
        }

        @Override
        public void clip(int windingRule) {
        }

        @Override
        public void closePath() {
        }

        @Override
        public void shadingFill(COSName shadingName) {
        }

        /** The engine hands over points already in page space (y up); rules are kept with y down. */
        private void keep(List<double[]> drawn) {
            for (double[] segment : drawn) {
                rules.add(new VerticalRule(segment[0], height - segment[2], height - segment[1]));
            }
            segments.clear();
            thinRectangles.clear();
        }
    }
}
