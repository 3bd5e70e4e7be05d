package dev.mlidea.bot.portfolio;

import dev.mlidea.conversations.assessment.Archetype;
import dev.mlidea.conversations.assessment.Quadrant;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import java.util.Map;

/**
 * Sizes, fonts and colours of the matrix picture, scaled from the 1200 × 900 design so a smaller or
 * larger picture keeps its proportions. Dot colours are from colour-blind-safe palettes and distinct
 * from the quadrant tints; archetypes arrive as their label, and any other label gets a neutral grey.
 */
record ChartStyle(double scale) {
    static final int DESIGN_WIDTH = 1200;
    static final int DESIGN_HEIGHT = 900;

    static final Color NEUTRAL = new Color(0x8A8A8A);
    static final Color TEXT = new Color(0x222222);
    static final Color LEADER = new Color(0x666666);
    static final Color LABEL_BACKGROUND = new Color(255, 255, 255, 225);
    static final Color THRESHOLD_LINE = new Color(0x9E9E9E);
    static final Color GRID = new Color(0xDDDDDD);
    static final String OTHER = "Other";

    private static final Map<String, Color> ARCHETYPE_COLOURS = Map.of(
            Archetype.SOFTWARE_2_0.label(), new Color(0x0072B2),
            Archetype.HUMAN_IN_THE_LOOP.label(), new Color(0xE69F00),
            Archetype.AUTONOMOUS.label(), new Color(0xAA3377));

    private static final Map<Quadrant, Color> QUADRANT_TINTS = Map.of(
            Quadrant.DO_IT_NOW, new Color(0xE6F4EA),
            Quadrant.BIG_BET, new Color(0xFFF6DC),
            Quadrant.CHEAP_WIN, new Color(0xEEF1F4),
            Quadrant.DONT_YET, new Color(0xF8ECEA));

    private static final Map<Quadrant, Color> QUADRANT_NAME_COLOURS = Map.of(
            Quadrant.DO_IT_NOW, new Color(0x2E7D32),
            Quadrant.BIG_BET, new Color(0x9A6B00),
            Quadrant.CHEAP_WIN, new Color(0x546E7A),
            Quadrant.DONT_YET, new Color(0xA1453A));

    static ChartStyle forSize(int width, int height) {
        double scale = Math.min((double) width / DESIGN_WIDTH, (double) height / DESIGN_HEIGHT);
        // Below about half size text stops being readable; above double, Slack scales the picture down anyway.
        return new ChartStyle(Math.max(0.5, Math.min(2.0, scale)));
    }

    static boolean isKnownArchetype(String archetype) {
        return archetype != null && ARCHETYPE_COLOURS.containsKey(archetype);
    }

    /** The legend entry a point falls under: its archetype's label, or {@link #OTHER}. */
    static String legendKey(String archetype) {
        return isKnownArchetype(archetype) ? archetype : OTHER;
    }

    static Color colour(String archetype) {
        return isKnownArchetype(archetype) ? ARCHETYPE_COLOURS.get(archetype) : NEUTRAL;
    }

    static Color tint(Quadrant quadrant) {
        return QUADRANT_TINTS.get(quadrant);
    }

    static Color nameColour(Quadrant quadrant) {
        return QUADRANT_NAME_COLOURS.get(quadrant);
    }

    double dotRadius() {
        return 7 * scale;
    }

    float px(double designPixels) {
        return (float) (designPixels * scale);
    }

    Font titleFont() {
        return font(Font.BOLD, 24);
    }

    Font axisTitleFont() {
        return font(Font.BOLD, 18);
    }

    Font tickFont() {
        return font(Font.PLAIN, 15);
    }

    Font legendFont() {
        return font(Font.PLAIN, 16);
    }

    Font quadrantFont() {
        return font(Font.BOLD, 17);
    }

    Font labelFont() {
        return font(Font.PLAIN, 14);
    }

    Font markerFont() {
        return font(Font.BOLD, 13);
    }

    Stroke leaderStroke() {
        return new BasicStroke(px(1.2f));
    }

    Stroke thresholdStroke() {
        return new BasicStroke(px(1.5f));
    }

    private Font font(int style, double designSize) {
        // The logical font falls back across the installed fonts, so more scripts and emoji can show.
        return new Font(Font.SANS_SERIF, style, Math.max(9, (int) Math.round(designSize * scale)));
    }
}
