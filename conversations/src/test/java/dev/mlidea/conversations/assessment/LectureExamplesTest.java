package dev.mlidea.conversations.assessment;

import static dev.mlidea.conversations.assessment.Archetype.AUTONOMOUS;
import static dev.mlidea.conversations.assessment.Archetype.HUMAN_IN_THE_LOOP;
import static dev.mlidea.conversations.assessment.Archetype.SOFTWARE_2_0;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Projects from Full Stack Deep Learning's "Lecture 1: Course Vision and When to Use ML" (FSDL 2022),
 * each answered through the real intake as its team would answer honestly, with the archetype and the
 * verdict the lecture implies and the passage that implies them. The first five are the projects the
 * lecture names; the others each test one of its explicit claims. docs/decisions/0008-scoring-model-2.md
 * lists them with their results.
 */
class LectureExamplesTest {

    /** A project, the lecture's words behind the expectation, and the team's replies in the thread. */
    record Example(String name, String passage, Archetype archetype, String verdict, String replies) {
        Assessment assess() {
            return Assessor.assess(IntakeByHand.answer(replies), Optional.empty());
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Example> examples() {
        return Stream.of(
                new Example(
                        "code completion in the IDE, like GitHub Copilot",
                        "Software 2.0 … taking something that software or a product does in an automated fashion"
                                + " today and augmenting its automation with machine learning … improving code"
                                + " completion in the IDE",
                        SOFTWARE_2_0,
                        "Do it now",
                        """
                        problem: Our IDE plugin completes code by prefix matching; developers retype what they meant
                        ready.product: yes
                        ready.data: yes
                        ready.people: yes
                        need.solve_at_all: yes
                        need.baseline: tried, fell short
                        ethics: manageable
                        impact.signals: friction, software 2.0, industry
                        impact.rating: 4
                        cost.data: 4
                        cost.wrong_predictions: 2
                        cost.accuracy: 2
                        cost.difficulty: 3
                        hard.traits: complex output
                        arch.automated_today: yes
                        arch.human_review: click user_picks
                        arch.acts_alone: no
                        flywheel.loop: yes
                        flywheel.more_data_helps: yes
                        flywheel.better_model_helps_product: yes
                        success.criteria: 30% of shown suggestions accepted within a month
                        success.stakeholders: <@U0PM000001>
                        check.literature: done
                        check.benchmark: in progress
                        check.baseline_model: done
                        revalidate.every: 2
                        need.still_sure: yes
                        """),
                new Example(
                        "turning sketches into slides",
                        "Human-in-the-loop systems … turning sketches into slides, a process will usually involve"
                                + " humans approving the output; output is complex … in a high-dimensional"
                                + " structure",
                        HUMAN_IN_THE_LOOP,
                        "Big bet — de-risk first",
                        """
                        problem: Presenters sketch a slide on paper; we draft the real slide and they approve it
                        ready.product: yes
                        ready.data: partly
                        ready.people: yes
                        need.solve_at_all: yes
                        need.baseline: not tried
                        ethics: fine
                        impact.signals: click friction, industry
                        impact.rating: 4
                        cost.data: 2
                        cost.wrong_predictions: 1
                        cost.accuracy: 2
                        cost.difficulty: 3
                        hard.traits: complex output
                        arch.automated_today: no
                        arch.human_review: yes
                        arch.acts_alone: no
                        success.criteria: Half of the drafts kept after light edits in the pilot
                        success.stakeholders: <@U0DESIGN01> <@U0PM000001>
                        check.literature: in progress
                        check.benchmark: not started
                        check.baseline_model: not started
                        revalidate.every: 4
                        need.still_sure: yes
                        """),
                new Example(
                        "full self-driving",
                        "Autonomous systems … full self-driving, where there is no opportunity for a driver to"
                                + " intervene; if it's harder to build (like autonomous systems), it's likely to"
                                + " have a greater impact",
                        AUTONOMOUS,
                        "Big bet — de-risk first",
                        """
                        problem: Drive our cars door to door with nobody at the wheel
                        ready.product: yes
                        ready.data: yes
                        ready.people: yes
                        need.solve_at_all: yes
                        need.baseline: fell short
                        ethics: manageable
                        impact.signals: friction, cheap prediction, industry
                        impact.rating: 5
                        cost.data: 3
                        cost.wrong_predictions: 5
                        cost.accuracy: 5
                        cost.difficulty: 5
                        hard.traits: complex output, reliability, generalization
                        arch.automated_today: no
                        arch.human_review: never
                        arch.acts_alone: yes
                        success.criteria: Fewer injury crashes per million miles than human drivers, audited
                        success.stakeholders: <@U0SAFETY01> <@U0LEGAL001>
                        check.literature: done
                        check.benchmark: in progress
                        check.baseline_model: done
                        revalidate.every: 4
                        need.still_sure: yes
                        """),
                new Example(
                        "a weekly personal playlist like Spotify's Discover Weekly",
                        "Think about what your product needs … Discover Weekly, one of Spotify's most powerful and"
                                + " popular ML-powered features; the data flywheel … truly the gold standard",
                        SOFTWARE_2_0,
                        "Do it now",
                        """
                        problem: Every listener gets 30 songs they have not heard, every Monday
                        ready.product: yes
                        ready.data: yes
                        ready.people: yes
                        need.solve_at_all: yes
                        need.baseline: fell short
                        ethics: no real concern
                        impact.signals: friction, cheap prediction, industry
                        impact.rating: 5
                        cost.data: 5
                        cost.wrong_predictions: 1
                        cost.accuracy: 2
                        cost.difficulty: 2
                        hard.traits: none
                        arch.automated_today: partly
                        arch.human_review: users take or ignore it as they go
                        arch.acts_alone: no
                        flywheel.loop: yes
                        flywheel.more_data_helps: yes
                        flywheel.better_model_helps_product: yes
                        success.criteria: A third of weekly listeners save at least one song
                        success.stakeholders: <@U0PM000001>
                        check.literature: done
                        check.benchmark: done
                        check.baseline_model: done
                        revalidate.every: 2
                        need.still_sure: yes
                        """),
                new Example(
                        "pose estimation for a robot that grasps objects",
                        "It's really difficult for us to label the pose of these objects in 3D space … set up the"
                                + " problem differently; for autonomous systems, focus heavily on the failure rate",
                        AUTONOMOUS,
                        "Big bet — de-risk first",
                        """
                        problem: Estimate each object's 3D pose from cameras so the robot hand can grasp it
                        ready.product: partly
                        ready.data: partly
                        ready.people: yes
                        need.solve_at_all: yes
                        need.baseline: fell short
                        ethics: fine
                        impact.signals: cheap prediction, industry
                        impact.rating: 4
                        cost.data: 1
                        cost.wrong_predictions: 2
                        cost.accuracy: 4
                        cost.difficulty: 4
                        hard.traits: complex output, generalization
                        arch.automated_today: no
                        arch.human_review: no
                        arch.acts_alone: yes
                        success.criteria: 80% of grasps succeed on the 20 lab objects
                        success.stakeholders: <@U0ROBOTICS>
                        check.literature: done
                        check.benchmark: not started
                        check.baseline_model: in progress
                        revalidate.every: 2
                        need.still_sure: yes
                        """),
                new Example(
                        "reply drafts for a help desk that does not exist yet",
                        "Are you ready to use ML? More specifically, do you have a product?",
                        HUMAN_IN_THE_LOOP,
                        "Not yet — no product yet",
                        """
                        problem: Draft replies for the agents of the help desk we plan to launch next year
                        ready.product: no
                        ready.data: no
                        ready.people: partly
                        need.solve_at_all: yes
                        need.baseline: not tried
                        ethics: fine
                        impact.signals: friction, industry
                        impact.rating: 4
                        cost.data: 1
                        cost.wrong_predictions: 2
                        cost.accuracy: 2
                        cost.difficulty: 2
                        hard.traits: complex output
                        arch.automated_today: no
                        arch.human_review: click always
                        arch.acts_alone: no
                        success.criteria: Agents send half of the drafts with light edits
                        success.stakeholders: <@U0SUPPORT1>
                        check.literature: not started
                        check.benchmark: not started
                        check.baseline_model: not started
                        revalidate.every: 2
                        need.still_sure: yes
                        """),
                new Example(
                        "predicting pump failures from readings nobody stores",
                        "Are you collecting data and storing it in a sane way?",
                        HUMAN_IN_THE_LOOP,
                        "Not yet — no data collected yet",
                        """
                        problem: Warn maintenance a week before a pump fails; the vibration sensors are not logged
                        ready.product: yes
                        ready.data: no
                        ready.people: yes
                        need.solve_at_all: yes
                        need.baseline: fell short
                        ethics: fine
                        impact.signals: cheap prediction, industry
                        impact.rating: 4
                        cost.data: 1
                        cost.wrong_predictions: 3
                        cost.accuracy: 3
                        cost.difficulty: 3
                        hard.traits: none
                        arch.automated_today: no
                        arch.human_review: yes
                        arch.acts_alone: no
                        success.criteria: Half of the failures flagged a week ahead, under one false alarm a week
                        success.stakeholders: <@U0PLANT001>
                        check.literature: in progress
                        check.benchmark: not started
                        check.baseline_model: done
                        revalidate.every: 4
                        need.still_sure: yes
                        """),
                new Example(
                        "\"add AI to the sales dashboard\" with no agreed success",
                        "The broader organization is not all on the same page about what would be considered"
                                + " success criteria; put in the work upfront to define success criteria with all"
                                + " of the stakeholders",
                        SOFTWARE_2_0,
                        "Not yet — no success criteria",
                        """
                        problem: The VP wants AI in the sales dashboard; we would replace the hand-made lead score
                        ready.product: yes
                        ready.data: yes
                        ready.people: partly
                        need.solve_at_all: unsure
                        need.baseline: not tried
                        ethics: fine
                        impact.signals: industry
                        impact.rating: 3
                        cost.data: 3
                        cost.wrong_predictions: 2
                        cost.accuracy: 2
                        cost.difficulty: 3
                        hard.traits: none
                        arch.automated_today: partly
                        arch.human_review: users pick
                        arch.acts_alone: no
                        flywheel.loop: unsure
                        flywheel.more_data_helps: yes
                        flywheel.better_model_helps_product: unsure
                        success.criteria: none yet
                        success.stakeholders: <@U0VPSALES1>
                        check.literature: not started
                        check.benchmark: not started
                        check.baseline_model: not started
                        revalidate.every: 2
                        need.still_sure: unsure
                        """),
                new Example(
                        "ranking job applicants by past hiring decisions",
                        "Is it ethical to use ML to solve this problem? … What are the ethical implications of your"
                                + " model making wrong predictions?",
                        HUMAN_IN_THE_LOOP,
                        "Not yet — an unresolved ethical problem",
                        """
                        problem: Rank applicants' CVs so recruiters read the most promising first
                        ready.product: yes
                        ready.data: yes
                        ready.people: yes
                        need.solve_at_all: yes
                        need.baseline: tried, fell short
                        ethics: real concern
                        impact.signals: friction, cheap prediction, industry
                        impact.rating: 4
                        cost.data: 4
                        cost.wrong_predictions: 4
                        cost.accuracy: 3
                        cost.difficulty: 3
                        hard.traits: generalization
                        arch.automated_today: no
                        arch.human_review: yes, every output
                        arch.acts_alone: no
                        success.criteria: Recruiters reach a hire in half the reading time, same pass rates across groups
                        success.stakeholders: <@U0HR000001> <@U0LEGAL001>
                        check.literature: in progress
                        check.benchmark: not started
                        check.baseline_model: done
                        revalidate.every: 2
                        need.still_sure: yes
                        """),
                new Example(
                        "invoice routing where the rules already work",
                        "Have you tried using rules or simple statistics to solve the problem? … value must outweigh"
                                + " … the additional complexity that these ML systems introduce",
                        SOFTWARE_2_0,
                        "Don't build this with ML (yet)",
                        """
                        problem: Route incoming invoices to the right payables queue with ML
                        ready.product: yes
                        ready.data: yes
                        ready.people: yes
                        need.solve_at_all: yes
                        need.baseline: good enough
                        ethics: fine
                        impact.signals: software 2.0
                        impact.rating: 2
                        cost.data: 4
                        cost.wrong_predictions: 2
                        cost.accuracy: 3
                        cost.difficulty: 2
                        hard.traits: none
                        arch.automated_today: yes
                        arch.human_review: no
                        arch.acts_alone: no
                        flywheel.loop: yes
                        flywheel.more_data_helps: unsure
                        flywheel.better_model_helps_product: no
                        success.criteria: Fewer than 1% of invoices misrouted
                        success.stakeholders: <@U0FINANCE1>
                        check.literature: not started
                        check.benchmark: not started
                        check.baseline_model: done
                        revalidate.every: 8
                        need.still_sure: unsure
                        """),
                new Example(
                        "predicting when the office coffee runs out",
                        "Do you really need ML to solve this problem? More specifically, do you need to solve the"
                                + " problem at all?",
                        SOFTWARE_2_0,
                        "Don't build this with ML (yet)",
                        """
                        problem: Tell the office manager when to refill the coffee machine
                        ready.product: partly
                        ready.data: partly
                        ready.people: yes
                        need.solve_at_all: no
                        need.baseline: not tried
                        ethics: fine
                        impact.signals: none
                        impact.rating: 1
                        cost.data: 2
                        cost.wrong_predictions: 1
                        cost.accuracy: 2
                        cost.difficulty: 2
                        hard.traits: none
                        arch.automated_today: partly
                        arch.human_review: click user_picks
                        arch.acts_alone: no
                        flywheel.loop: no
                        flywheel.more_data_helps: unsure
                        flywheel.better_model_helps_product: no
                        success.criteria: Nobody finds the machine empty
                        success.stakeholders: <@U0OFFICE01>
                        check.literature: not started
                        check.benchmark: not started
                        check.baseline_model: not started
                        revalidate.every: 8
                        need.still_sure: no
                        """),
                new Example(
                        "emoji reaction suggestions in the company chat",
                        "Make sure what you're working on is high impact, or else it might get killed; they solve"
                                + " the problem … but do not solve a big enough problem to be worth their complexity",
                        SOFTWARE_2_0,
                        "Low impact — reconsider",
                        """
                        problem: Suggest three emoji reactions under each message
                        ready.product: yes
                        ready.data: yes
                        ready.people: yes
                        need.solve_at_all: yes
                        need.baseline: fell short
                        ethics: fine
                        impact.signals: none
                        impact.rating: 2
                        cost.data: 5
                        cost.wrong_predictions: 1
                        cost.accuracy: 2
                        cost.difficulty: 2
                        hard.traits: none
                        arch.automated_today: partly
                        arch.human_review: users pick
                        arch.acts_alone: no
                        flywheel.loop: yes
                        flywheel.more_data_helps: yes
                        flywheel.better_model_helps_product: unsure
                        success.criteria: One reaction in ten comes from a suggestion
                        success.stakeholders: <@U0CHAT0001>
                        check.literature: done
                        check.benchmark: done
                        check.baseline_model: done
                        revalidate.every: 4
                        need.still_sure: yes
                        """),
                new Example(
                        "suggesting a queue for every support ticket",
                        "Find problems that ML takes from economically infeasible to feasible … look for projects"
                                + " where making prediction cheaper will have a huge impact; high-impact problems"
                                + " … address friction in your product",
                        HUMAN_IN_THE_LOOP,
                        "Do it now",
                        """
                        problem: A dispatcher reads every ticket to pick its queue; suggest one, the agent accepts or changes it
                        ready.product: yes
                        ready.data: yes
                        ready.people: yes
                        need.solve_at_all: yes
                        need.baseline: fell short
                        ethics: fine
                        impact.signals: friction, cheap prediction, industry
                        impact.rating: 3
                        cost.data: 4
                        cost.wrong_predictions: 2
                        cost.accuracy: 2
                        cost.difficulty: 2
                        hard.traits: none
                        arch.automated_today: no
                        arch.human_review: click always
                        arch.acts_alone: no
                        success.criteria: Dispatch time per ticket halved, misroutes no higher
                        success.stakeholders: <@U0SUPPORT1>
                        check.literature: done
                        check.benchmark: in progress
                        check.baseline_model: done
                        revalidate.every: 2
                        need.still_sure: yes
                        """),
                new Example(
                        "replacing hand-written fraud rules",
                        "If you have a part of your system that is complex and manually defined, then that's"
                                + " potentially a good candidate to be automated with ML; low-cost projects are those"
                                + " … where bad predictions are not too harmful",
                        SOFTWARE_2_0,
                        "Big bet — de-risk first",
                        """
                        problem: Our 400 hand-written fraud rules hold payments for analysts; nobody can maintain them
                        ready.product: yes
                        ready.data: yes
                        ready.people: yes
                        need.solve_at_all: yes
                        need.baseline: fell short
                        ethics: manageable
                        impact.signals: software 2.0, industry
                        impact.rating: 4
                        cost.data: 4
                        cost.wrong_predictions: 4
                        cost.accuracy: 4
                        cost.difficulty: 3
                        hard.traits: reliability
                        arch.automated_today: yes
                        arch.human_review: sometimes
                        arch.acts_alone: no
                        flywheel.loop: yes
                        flywheel.more_data_helps: yes
                        flywheel.better_model_helps_product: unsure
                        success.criteria: 20% more fraud caught at today's false-decline rate
                        success.stakeholders: <@U0RISK0001>
                        check.literature: done
                        check.benchmark: done
                        check.baseline_model: done
                        revalidate.every: 2
                        need.still_sure: yes
                        """),
                new Example(
                        "choosing each uploaded video's thumbnail on its own",
                        "Low-cost projects are those with available data, where bad predictions are not too"
                                + " harmful; for autonomous systems, focus heavily on the failure rate and its"
                                + " consequences",
                        AUTONOMOUS,
                        "Do it now",
                        """
                        problem: Uploaders skip choosing a thumbnail; pick and publish the best frame for them
                        ready.product: yes
                        ready.data: yes
                        ready.people: yes
                        need.solve_at_all: yes
                        need.baseline: fell short
                        ethics: fine
                        impact.signals: friction, cheap prediction, industry
                        impact.rating: 3
                        cost.data: 4
                        cost.wrong_predictions: 1
                        cost.accuracy: 2
                        cost.difficulty: 2
                        hard.traits: none
                        arch.automated_today: no
                        arch.human_review: nobody
                        arch.acts_alone: yes
                        success.criteria: Click-through on chosen thumbnails at least that of uploader-picked ones
                        success.stakeholders: <@U0VIDEO001>
                        check.literature: done
                        check.benchmark: in progress
                        check.baseline_model: done
                        revalidate.every: 2
                        need.still_sure: yes
                        """),
                new Example(
                        "learning product search ranking from clicks",
                        "Look at what other people in the industry are doing; do you have a data loop? … for"
                                + " Software 2.0, data flywheels can magnify impact",
                        SOFTWARE_2_0,
                        "Do it now",
                        """
                        problem: Search ranking is a pile of hand-tuned boosts; learn it from clicks and purchases
                        ready.product: yes
                        ready.data: yes
                        ready.people: yes
                        need.solve_at_all: yes
                        need.baseline: fell short
                        ethics: fine
                        impact.signals: friction, software 2.0, industry
                        impact.rating: 4
                        cost.data: 5
                        cost.wrong_predictions: 2
                        cost.accuracy: 2
                        cost.difficulty: 2
                        hard.traits: none
                        arch.automated_today: yes
                        arch.human_review: click user_picks
                        arch.acts_alone: no
                        flywheel.loop: yes
                        flywheel.more_data_helps: yes
                        flywheel.better_model_helps_product: yes
                        success.criteria: Search conversion up 5% in an A/B test
                        success.stakeholders: <@U0SEARCH01>
                        check.literature: done
                        check.benchmark: done
                        check.baseline_model: done
                        revalidate.every: 2
                        need.still_sure: yes
                        """),
                new Example(
                        "a website chatbot because everyone has one",
                        "Make sure what you're working on is high impact, or else it might get killed; ML adds"
                                + " complexity. Consider whether you really need it.",
                        AUTONOMOUS,
                        "Low impact and hard — don't (yet)",
                        """
                        problem: A chatbot on the website, because competitors have one
                        ready.product: yes
                        ready.data: partly
                        ready.people: partly
                        need.solve_at_all: yes
                        need.baseline: not tried
                        ethics: manageable
                        impact.signals: industry
                        impact.rating: 2
                        cost.data: 1
                        cost.wrong_predictions: 3
                        cost.accuracy: 3
                        cost.difficulty: 4
                        hard.traits: complex output, generalization
                        arch.automated_today: no
                        arch.human_review: never
                        arch.acts_alone: yes
                        success.criteria: Fewer support emails about opening hours
                        success.stakeholders: <@U0WEB00001>
                        check.literature: not started
                        check.benchmark: not started
                        check.baseline_model: not started
                        revalidate.every: 4
                        need.still_sure: unsure
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void each_lecture_example_answered_honestly_gets_the_archetype_and_verdict_the_lecture_implies(Example example) {
        var assessment = example.assess();
        var why = example.passage() + "\n" + assessment.suggested().reason() + "\n"
                + assessment.impact().explain("impact") + "\n"
                + assessment.feasibility().explain("feasibility");

        assertThat(assessment.archetype()).as(why).isEqualTo(example.archetype());
        assertThat(assessment.verdict().label()).as(why).isEqualTo(example.verdict());
        assertThat(assessment.modelVersion()).isEqualTo("2");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void every_example_gets_one_to_three_next_steps_and_two_to_four_sentences_of_guidance(Example example) {
        var assessment = example.assess();

        assertThat(assessment.nextSteps()).hasSizeBetween(1, 3);
        assertThat(assessment.nextSteps()).extracting(NextStep::id).doesNotHaveDuplicates();
        assertThat(assessment.guidance()).hasSizeBetween(2, 4);
    }

    @Test
    void the_five_projects_the_lecture_names_get_the_archetypes_it_names_with_confidence() {
        var named = examples().limit(5).toList();

        assertThat(named)
                .allSatisfy(example -> assertThat(example.assess().suggested().confident())
                        .as(example.name())
                        .isTrue());
        assertThat(named)
                .extracting(Example::archetype)
                .containsExactly(SOFTWARE_2_0, HUMAN_IN_THE_LOOP, AUTONOMOUS, SOFTWARE_2_0, AUTONOMOUS);
    }

    @Test
    void there_are_at_least_fifteen_examples_covering_every_archetype_and_every_kind_of_verdict() {
        var examples = examples().toList();
        Set<String> verdicts = examples.stream().map(Example::verdict).collect(Collectors.toSet());

        assertThat(examples).hasSizeGreaterThanOrEqualTo(15);
        assertThat(examples.stream().map(Example::archetype).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(Archetype.values());
        for (var quadrant : Quadrant.values()) assertThat(verdicts).contains(quadrant.label());
        for (var gate : Gate.values()) assertThat(verdicts).contains("Not yet — " + gate.label());
        assertThat(verdicts).contains(new Verdict.DontBuildYet().label());
    }

    @Test
    void the_lectures_own_code_completion_example_is_software_2_0_even_when_the_developer_says_they_approve_it() {
        // In model 1 a developer accepting each suggestion with Tab answered "yes, every output" and got
        // Human-in-the-loop. Software already completes code automatically: that decides it.
        var replies = examples().findFirst().orElseThrow().replies().replace("click user_picks", "yes, every output");

        var assessment = Assessor.assess(IntakeByHand.answer(replies), Optional.empty());

        assertThat(assessment.archetype()).isEqualTo(SOFTWARE_2_0);
        assertThat(assessment.verdict().label()).isEqualTo("Do it now");
    }

    @Test
    void a_low_impact_example_is_told_to_reconsider_not_to_just_get_started() {
        var emoji = examples()
                .filter(e -> e.name().contains("emoji"))
                .findFirst()
                .orElseThrow()
                .assess();

        assertThat(emoji.nextSteps()).extracting(NextStep::id).containsExactly(NextStep.RECONSIDER_IMPACT);
    }

    @Test
    void a_low_stakes_autonomous_action_is_not_scored_like_a_self_driving_car() {
        var thumbnails = examples()
                .filter(e -> e.name().contains("thumbnail"))
                .findFirst()
                .orElseThrow()
                .assess();

        assertThat(thumbnails.feasibility().contributions())
                .filteredOn(c -> c.rule().equals("archetype"))
                .singleElement()
                .satisfies(c -> assertThat(c.points()).isZero());
    }
}
