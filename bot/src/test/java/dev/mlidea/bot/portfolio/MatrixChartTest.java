package dev.mlidea.bot.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlidea.conversations.assessment.Archetype;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class MatrixChartTest {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final String SOFTWARE_2_0 = Archetype.SOFTWARE_2_0.label();

    @Test
    void the_bytes_are_a_png_of_the_asked_size() throws IOException {
        byte[] png = MatrixChart.png(List.of(new MatrixChart.Point("Churn model", 4, 3.5, SOFTWARE_2_0)), 1000, 700);

        assertThat(png).startsWith(PNG_SIGNATURE);
        BufferedImage image = decode(png);
        assertThat(image.getWidth()).isEqualTo(1000);
        assertThat(image.getHeight()).isEqualTo(700);
    }

    @Test
    void the_default_size_is_1000_by_750() throws IOException {
        BufferedImage image = decode(MatrixChart.png(List.of()));

        assertThat(image.getWidth()).isEqualTo(MatrixChart.DEFAULT_WIDTH).isEqualTo(1000);
        assertThat(image.getHeight()).isEqualTo(MatrixChart.DEFAULT_HEIGHT).isEqualTo(750);
    }

    @Test
    void no_projects_draw_an_empty_matrix() throws IOException {
        var rendered = MatrixChart.render(List.of(), 1200, 900);

        assertThat(rendered.layout().labels()).isEmpty();
        assertThat(decode(MatrixChart.png(List.of(), 1200, 900))).isNotNull();
    }

    @Test
    void one_project_gets_its_label_next_to_its_dot() {
        var rendered =
                MatrixChart.render(List.of(new MatrixChart.Point("Churn model", 4, 3.5, SOFTWARE_2_0)), 1200, 900);

        assertThat(rendered.layout().labels()).singleElement().satisfies(label -> {
            assertThat(label.text()).isEqualTo("Churn model");
            assertThat(label.kind()).isEqualTo(LabelLayer.Kind.TEXT);
            assertThat(label.leader()).isEmpty();
        });
    }

    @Test
    void ten_projects_within_a_fifth_of_a_point_of_each_other_get_ten_labels_that_do_not_overlap() {
        var points = new ArrayList<MatrixChart.Point>();
        for (int i = 0; i < 10; i++) {
            double angle = i * 2 * Math.PI / 10;
            points.add(new MatrixChart.Point(
                    "Clustered project number " + i,
                    4 + 0.2 * Math.sin(angle),
                    4 + 0.2 * Math.cos(angle),
                    Archetype.values()[i % 3].label()));
        }

        var rendered = MatrixChart.render(points, 1200, 900);

        assertThat(rendered.layout().labels()).hasSize(10).allMatch(l -> l.kind() == LabelLayer.Kind.TEXT);
        assertThat(rendered.layout().keyed()).isEmpty();
        assertLabelsKeepTheRules(rendered);
    }

    @Test
    void ten_projects_on_the_very_same_spot_get_labels_that_do_not_overlap() {
        var points = new ArrayList<MatrixChart.Point>();
        for (int i = 0; i < 10; i++) points.add(new MatrixChart.Point("Same spot " + i, 4, 4, SOFTWARE_2_0));

        var rendered = MatrixChart.render(points, 1200, 900);

        assertThat(rendered.layout().labels()).hasSize(10);
        assertLabelsKeepTheRules(rendered);
    }

    @Test
    void a_crowd_too_big_for_labels_gets_numbered_markers_and_a_key() {
        var points = new ArrayList<MatrixChart.Point>();
        for (int i = 0; i < 60; i++) {
            points.add(new MatrixChart.Point(
                    "Crowded project " + i, 4 + (i % 6) * 0.03, 4 + (i / 6) * 0.03, SOFTWARE_2_0));
        }

        var rendered = MatrixChart.render(points, 1200, 900);

        assertThat(rendered.layout().keyed()).isNotEmpty();
        assertThat(rendered.layout().labels()).hasSize(60);
        assertThat(rendered.layout().labels())
                .filteredOn(l -> l.kind() != LabelLayer.Kind.TEXT)
                .extracting(LabelLayer.Label::text)
                .contains("1");
        assertLabelsKeepTheRules(rendered);
    }

    @Test
    void a_title_of_five_thousand_characters_is_drawn_cut() throws IOException {
        var point = new MatrixChart.Point("A".repeat(5000), 2, 2, SOFTWARE_2_0);

        var rendered = MatrixChart.render(List.of(point), 1200, 900);

        assertThat(rendered.layout().labels().get(0).text()).isEqualTo("A".repeat(28) + "…");
        assertThat(decode(MatrixChart.png(List.of(point), 1200, 900))).isNotNull();
    }

    @Test
    void emoji_control_characters_and_unknown_archetypes_draw_without_failing() throws IOException {
        var points = List.of(
                new MatrixChart.Point("🚀 Launch 🤖👩‍💻 planner", 4, 4, "Something new"),
                new MatrixChart.Point("Bell\u0007 and\u202E override\n", 2, 4, null),
                new MatrixChart.Point(null, 2, 2, Archetype.AUTONOMOUS.label()));

        assertThat(decode(MatrixChart.png(points, 800, 600)).getWidth()).isEqualTo(800);
        assertThat(MatrixChart.render(points, 800, 600).layout().labels())
                .extracting(LabelLayer.Label::text)
                .contains("Bell and override", LabelText.UNTITLED);
    }

    @Test
    void scores_off_the_scale_are_clamped_and_non_finite_ones_left_out() {
        var points = List.of(
                new MatrixChart.Point("Off the scale", 9, -3, SOFTWARE_2_0),
                new MatrixChart.Point("Not a number", Double.NaN, 3, SOFTWARE_2_0));

        var rendered = MatrixChart.render(points, 1200, 900);

        assertThat(rendered.layout().labels())
                .extracting(LabelLayer.Label::text)
                .containsExactly("Off the scale");
    }

    @Test
    void a_small_picture_still_works() throws IOException {
        var points = List.of(new MatrixChart.Point("Churn model", 4, 4, SOFTWARE_2_0));

        assertThat(decode(MatrixChart.png(points, MatrixChart.MIN_SIDE, MatrixChart.MIN_SIDE))
                        .getHeight())
                .isEqualTo(MatrixChart.MIN_SIDE);
    }

    @Test
    void sizes_outside_the_bounds_are_refused() {
        assertThatThrownBy(() -> MatrixChart.png(List.of(), 0, 900)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MatrixChart.png(List.of(), 1200, MatrixChart.MAX_SIDE + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rendering_leaves_the_jvm_headless() {
        MatrixChart.png(List.of());

        assertThat(java.awt.GraphicsEnvironment.isHeadless()).isTrue();
    }

    /** Labels and off-dot markers: inside the plot, apart from each other and from the quadrant names. */
    static void assertLabelsKeepTheRules(MatrixChart.Rendered rendered) {
        List<Rectangle2D> boxes = new ArrayList<>(rendered.obstacles());
        rendered.layout().labels().stream()
                .filter(l -> l.kind() != LabelLayer.Kind.MARKER_ON_DOT)
                .map(LabelLayer.Label::box)
                .forEach(boxes::add);
        Boxes.assertInsideAndDisjoint(boxes, rendered.dataArea());
    }

    static BufferedImage decode(byte[] png) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(png));
    }
}
