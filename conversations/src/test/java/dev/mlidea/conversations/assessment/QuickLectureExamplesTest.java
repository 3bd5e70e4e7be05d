package dev.mlidea.conversations.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlidea.conversations.intake.Answers;
import dev.mlidea.conversations.intake.IntakeFlow;
import dev.mlidea.conversations.intake.IntakeMode;
import dev.mlidea.conversations.intake.IntakeStatus;
import dev.mlidea.conversations.intake.IntakeStep;
import dev.mlidea.conversations.intake.Questionnaire;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every project of {@link LectureExamplesTest} answered again through the QUICK intake's eight
 * questions, as its team would answer them honestly (written by hand, not derived from the full
 * replies), and assessed as the full path assesses it: all seventeen get the full path's archetype and
 * verdict (issue 12: "the lecture cases of scoring v2 still agree through the quick path").
 * docs/decisions/0009-quick-intake.md gives the mapping that makes each agree.
 */
class QuickLectureExamplesTest {

    /**
     * @param name the full example's name in {@link LectureExamplesTest}
     * @param replies the team's replies to the quick questions
     */
    record QuickExample(String name, String replies) {
        static QuickExample agreeing(String name, String replies) {
            return new QuickExample(name, replies);
        }

        LectureExamplesTest.Example full() {
            return LectureExamplesTest.examples()
                    .filter(e -> e.name().equals(name))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no full example " + name));
        }

        Assessment assess() {
            return Assessor.assess(IntakeByHand.answer(IntakeMode.QUICK, replies), Optional.empty());
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<QuickExample> examples() {
        return Stream.of(
                QuickExample.agreeing("code completion in the IDE, like GitHub Copilot", """
                        problem: Our IDE plugin completes code by prefix matching; developers retype what they meant
                        use.how: software does it today
                        need.ml: tried, fell short
                        impact.signals: friction, software 2.0, industry
                        data.state: labeled
                        cost.wrong_answer: annoyance
                        done.before: click published
                        success.criteria: 30% of shown suggestions accepted within a month
                        """),
                QuickExample.agreeing("turning sketches into slides", """
                        problem: Presenters sketch a slide on paper; we draft the real slide and they approve it
                        use.how: click person_decides
                        need.ml: not tried
                        impact.signals: friction, industry
                        data.state: partly
                        cost.wrong_answer: an annoyance
                        done.before: something similar
                        success.criteria: Half of the drafts kept after light edits in the pilot
                        """),
                QuickExample.agreeing("full self-driving", """
                        problem: Drive our cars door to door with nobody at the wheel
                        use.how: it acts on its own
                        need.ml: fell short
                        impact.signals: friction, cheap prediction, industry
                        data.state: collected and labeled
                        cost.wrong_answer: someone could be harmed
                        done.before: similar
                        success.criteria: Fewer injury crashes per million miles than human drivers, audited
                        """),
                QuickExample.agreeing("a weekly personal playlist like Spotify's Discover Weekly", """
                        problem: Every listener gets 30 songs they have not heard, every Monday
                        use.how: 1
                        need.ml: fell short
                        impact.signals: friction, cheap prediction, industry
                        data.state: labeled
                        cost.wrong_answer: click annoyance
                        done.before: published
                        success.criteria: A third of weekly listeners save at least one song
                        """),
                QuickExample.agreeing("pose estimation for a robot that grasps objects", """
                        problem: Estimate each object's 3D pose from cameras so the robot hand can grasp it
                        use.how: acts on its own
                        need.ml: fell short
                        impact.signals: cheap prediction, industry
                        data.state: collected, not labeled
                        cost.wrong_answer: a setback
                        done.before: something similar
                        success.criteria: 80% of grasps succeed on the 20 lab objects
                        """),
                QuickExample.agreeing("reply drafts for a help desk that does not exist yet", """
                        problem: Draft replies for the agents of the help desk we plan to launch next year
                        use.how: a person decides
                        need.ml: not tried
                        impact.signals: friction, industry
                        data.state: nothing to collect it from
                        cost.wrong_answer: annoyance
                        done.before: published
                        success.criteria: Agents send half of the drafts with light edits
                        """),
                QuickExample.agreeing("predicting pump failures from readings nobody stores", """
                        problem: Warn maintenance a week before a pump fails; the vibration sensors are not logged
                        use.how: a person decides
                        need.ml: fell short
                        impact.signals: cheap prediction, industry
                        data.state: none
                        cost.wrong_answer: a setback
                        done.before: published
                        success.criteria: Half of the failures flagged a week ahead, under one false alarm a week
                        """),
                QuickExample.agreeing("\"add AI to the sales dashboard\" with no agreed success", """
                        problem: The VP wants AI in the sales dashboard; we would replace the hand-made lead score
                        use.how: software today
                        need.ml: not tried
                        impact.signals: industry
                        data.state: labeled
                        cost.wrong_answer: annoyance
                        done.before: published
                        success.criteria: none yet
                        """),
                QuickExample.agreeing("ranking job applicants by past hiring decisions", """
                        problem: Rank applicants' CVs so recruiters read the most promising first
                        use.how: a person decides
                        need.ml: tried, fell short
                        impact.signals: friction, cheap prediction, industry
                        data.state: labeled
                        cost.wrong_answer: unfair to someone
                        done.before: published
                        success.criteria: Recruiters reach a hire in half the reading time, same pass rates across groups
                        """),
                QuickExample.agreeing("invoice routing where the rules already work", """
                        problem: Route incoming invoices to the right payables queue with ML
                        use.how: software does it today
                        need.ml: good enough
                        impact.signals: software 2.0
                        data.state: labeled
                        cost.wrong_answer: annoyance
                        done.before: published
                        success.criteria: Fewer than 1% of invoices misrouted
                        """),
                QuickExample.agreeing("predicting when the office coffee runs out", """
                        problem: Tell the office manager when to refill the coffee machine
                        use.how: software does it today
                        need.ml: honestly, it doesn't need solving
                        impact.signals: none
                        data.state: partly
                        cost.wrong_answer: annoyance
                        done.before: similar
                        success.criteria: Nobody finds the machine empty
                        """),
                QuickExample.agreeing("emoji reaction suggestions in the company chat", """
                        problem: Suggest three emoji reactions under each message
                        use.how: software does it today
                        need.ml: fell short
                        impact.signals: none
                        data.state: labeled
                        cost.wrong_answer: annoyance
                        done.before: published
                        success.criteria: One reaction in ten comes from a suggestion
                        """),
                QuickExample.agreeing("suggesting a queue for every support ticket", """
                        problem: A dispatcher reads every ticket to pick its queue; suggest one, the agent accepts or changes it
                        use.how: a person decides with its output
                        need.ml: fell short
                        impact.signals: friction, cheap prediction, industry
                        data.state: labeled
                        cost.wrong_answer: annoyance
                        done.before: published
                        success.criteria: Dispatch time per ticket halved, misroutes no higher
                        """),
                QuickExample.agreeing("replacing hand-written fraud rules", """
                        problem: Our 400 hand-written fraud rules hold payments for analysts; nobody can maintain them
                        use.how: software does it today
                        need.ml: fell short
                        impact.signals: software 2.0, industry
                        data.state: labeled
                        cost.wrong_answer: it loses real money or customers' trust
                        done.before: published
                        success.criteria: 20% more fraud caught at today's false-decline rate
                        """),
                QuickExample.agreeing("choosing each uploaded video's thumbnail on its own", """
                        problem: Uploaders skip choosing a thumbnail; pick and publish the best frame for them
                        use.how: acts on its own
                        need.ml: fell short
                        impact.signals: friction, cheap prediction, industry
                        data.state: labeled
                        cost.wrong_answer: annoyance
                        done.before: published
                        success.criteria: Click-through on chosen thumbnails at least that of uploader-picked ones
                        """),
                QuickExample.agreeing("learning product search ranking from clicks", """
                        problem: Search ranking is a pile of hand-tuned boosts; learn it from clicks and purchases
                        use.how: click software_today
                        need.ml: fell short
                        impact.signals: click friction, software2, industry
                        data.state: labeled
                        cost.wrong_answer: annoyance
                        done.before: published
                        success.criteria: Search conversion up 5% in an A/B test
                        """),
                QuickExample.agreeing("a website chatbot because everyone has one", """
                        problem: A chatbot on the website, because competitors have one
                        use.how: acts on its own
                        need.ml: not tried
                        impact.signals: industry
                        data.state: partly
                        cost.wrong_answer: a setback
                        done.before: published
                        success.criteria: Fewer support emails about opening hours
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void each_lecture_example_through_the_quick_questions_gets_the_full_paths_archetype_and_verdict(
            QuickExample example) {
        var quick = example.assess();
        var full = example.full().assess();
        var why = quick.suggested().reason() + "\n" + quick.impact().explain("impact") + "\n"
                + quick.feasibility().explain("feasibility");

        assertThat(quick.archetype()).as(why).isEqualTo(full.archetype());
        assertThat(quick.verdict().label()).as(why).isEqualTo(full.verdict().label());
        assertThat(quick.verdict().label()).as(why).isEqualTo(example.full().verdict());
        assertThat(quick.modelVersion()).isEqualTo(Assessor.MODEL_VERSION);
    }

    @Test
    void every_full_example_has_a_quick_one() {
        var quickNames = examples().map(QuickExample::name).collect(Collectors.toSet());
        assertThat(LectureExamplesTest.examples().map(LectureExamplesTest.Example::name))
                .allSatisfy(name -> assertThat(quickNames).contains(name));
        assertThat(examples()).hasSize((int) LectureExamplesTest.examples().count());
    }

    @Test
    void the_five_projects_the_lecture_names_get_their_archetypes_with_confidence_from_the_quick_questions() {
        assertThat(examples().limit(5))
                .allSatisfy(example -> assertThat(example.assess().suggested().confident())
                        .as(example.name())
                        .isTrue());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void every_quick_example_asks_eight_questions_and_raises_no_flag_for_a_question_it_did_not_ask(
            QuickExample example) {
        Answers answers = IntakeByHand.answer(IntakeMode.QUICK, example.replies());
        var assessment = Assessor.assess(answers, Optional.empty());

        assertThat(answers.byKey()).hasSize(8);
        // Only "it doesn't need solving" says the team is not sure it needs ML; nothing unasked does.
        assertThat(assessment.redFlags().contains(RedFlag.NOT_SURE_ML_NEEDED))
                .isEqualTo(answers.pickedOneOf(Questionnaire.NEED_ML, Questionnaire.NEED_NOT_NEEDED));
        assertThat(assessment.nextSteps()).hasSizeBetween(1, 3);
    }

    @Test
    void each_example_still_agrees_once_more_asks_the_full_questions_the_quick_ones_did_not_answer() {
        for (var example : examples().toList()) {
            var name = example.name();
            var full = example.full();
            Answers quick = IntakeByHand.answer(IntakeMode.QUICK, example.replies());
            IntakeStep more = IntakeFlow.more(new dev.mlidea.conversations.intake.IntakeState(
                    IntakeStatus.COMPLETED, IntakeMode.QUICK, quick, Optional.empty(), java.util.Set.of()));
            // The team answers what `more` asks as in the full example; what it answered already is not asked.
            Map<String, String> fullReplies = fullReplies(full.replies());
            String rest = fullReplies.entrySet().stream()
                    .filter(e -> Questionnaire.applicable(IntakeMode.FULL, quick).stream()
                            .anyMatch(q -> q.key().equals(e.getKey())))
                    .filter(e -> !quick.has(e.getKey()))
                    .map(e -> e.getKey() + ": " + e.getValue())
                    .collect(Collectors.joining("\n"));
            var answers = IntakeByHand.finish(more, rest);
            var assessment = Assessor.assess(answers, Optional.empty());

            assertThat(assessment.archetype()).as(name).isEqualTo(full.archetype());
            assertThat(assessment.verdict().label()).as(name).isEqualTo(full.verdict());
        }
    }

    private static Map<String, String> fullReplies(String replies) {
        return replies.strip()
                .lines()
                .collect(Collectors.toMap(
                        line -> line.substring(0, line.indexOf(':')).strip(),
                        line -> line.substring(line.indexOf(':') + 1).strip(),
                        (a, b) -> a,
                        java.util.LinkedHashMap::new));
    }
}
