package dev.mlidea.conversations.rituals;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlidea.conversations.rituals.ProjectReference.Ambiguous;
import dev.mlidea.conversations.rituals.ProjectReference.Found;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class ProjectReferenceProperties {

    @Property
    void a_projects_own_short_id_always_resolves_to_it_unless_another_shares_it(
            @ForAll("projects") @Size(min = 1, max = 30) List<ProjectCandidate> projects,
            @ForAll @IntRange(min = 0, max = 29) int pick,
            @ForAll boolean hash,
            @ForAll boolean upper) {
        ProjectCandidate project = projects.get(pick % projects.size());
        String typed = (hash ? "#" : "") + (upper ? project.shortId().toUpperCase() : project.shortId());

        ProjectReference resolved = ProjectReference.resolve(typed, projects);

        List<ProjectCandidate> sharing = projects.stream()
                .filter(p -> p.shortId().equals(project.shortId()))
                .toList();
        if (sharing.size() == 1) {
            assertThat(resolved).isEqualTo(new Found(project));
        } else {
            assertThat(resolved).isInstanceOf(Ambiguous.class);
            assertThat(((Ambiguous) resolved).matches()).contains(project);
        }
    }

    @Property
    void a_projects_whole_title_always_finds_it_or_the_projects_with_the_same_title(
            @ForAll("projects") @Size(min = 1, max = 30) List<ProjectCandidate> projects,
            @ForAll @IntRange(min = 0, max = 29) int pick) {
        ProjectCandidate project = projects.get(pick % projects.size());

        ProjectReference resolved = ProjectReference.resolve("\"" + project.title() + "\"", projects);

        if (resolved instanceof Found found) {
            assertThat(found.project().shortId().equals(project.shortId())
                            || found.project().equals(project))
                    .isTrue();
        } else {
            assertThat(resolved).isInstanceOf(Ambiguous.class);
            assertThat(((Ambiguous) resolved).matches()).contains(project);
        }
    }

    @Property
    void mentions_appended_to_any_project_text_come_back_in_order(
            @ForAll("words") String project, @ForAll("userIds") @Size(min = 1, max = 5) List<String> ids) {
        var typed = new StringBuilder(project);
        for (String id : ids) typed.append(" <@").append(id).append(id.length() % 2 == 0 ? "|name>" : ">");

        var split = ProjectReference.splitMentions(typed.toString());

        assertThat(split.project()).isEqualTo(project.strip());
        assertThat(split.userIds()).containsExactlyElementsOf(new ArrayList<>(new LinkedHashSet<>(ids)));
    }

    @Provide
    Arbitrary<List<ProjectCandidate>> projects() {
        Arbitrary<UUID> ids = Arbitraries.create(UUID::randomUUID);
        // Few short ids now and then, so that sharing one is tried too.
        Arbitrary<UUID> clashing = Arbitraries.of("3f9a2c", "3f9a2d")
                .map(prefix ->
                        UUID.fromString(prefix + UUID.randomUUID().toString().substring(6)));
        // Titles are never blank (ProjectTitle gives "Untitled ML idea" instead).
        Arbitrary<String> titles = Arbitraries.oneOf(
                words().filter(w -> !w.isBlank()),
                Arbitraries.of("Churn", "Churn prediction", "churn  PREDICTION", "3f9a2c", "#3f9a2c"));
        return Combinators.combine(Arbitraries.frequencyOf(Tuple.of(5, ids), Tuple.of(1, clashing)), titles)
                .as(ProjectCandidate::new)
                .list();
    }

    @Provide
    Arbitrary<String> words() {
        return Arbitraries.strings().withChars("abcXYZ #'\"é\t").ofMinLength(0).ofMaxLength(30);
    }

    @Provide
    Arbitrary<List<String>> userIds() {
        return Arbitraries.strings()
                .withChars("ABCDEFGH0123456789")
                .ofMinLength(1)
                .ofMaxLength(10)
                .map(s -> (s.length() % 3 == 0 ? "W" : "U") + s)
                .list();
    }
}
