package dev.mlidea.conversations.rituals;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlidea.conversations.intake.Answer;
import dev.mlidea.conversations.intake.Answers;
import dev.mlidea.conversations.intake.Questionnaire;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SignOffsTest {
    private static final String CRITERIA = "Escalations down 20% within a month";

    private static SignOffs named() {
        Answers answers = Answers.none()
                .with(Questionnaire.SUCCESS_CRITERIA, new Answer.Text(CRITERIA))
                .with(Questionnaire.SUCCESS_STAKEHOLDERS, new Answer.People(List.of("U1", "U2", "U3")));
        return SignOffs.from(answers);
    }

    @Test
    void counts_agreements_of_the_stakeholders_named() {
        SignOffs two = named().agree("U1").agree("U3");

        assertThat(named().summary()).isEqualTo("criteria agreed by 0 of 3");
        assertThat(two.summary()).isEqualTo("criteria agreed by 2 of 3");
        assertThat(two.waitingFor()).containsExactly("U2");
        assertThat(two.complete()).isFalse();
        assertThat(two.agree("U2").complete()).isTrue();
    }

    @Test
    void only_named_stakeholders_count_and_agreeing_twice_counts_once() {
        SignOffs s = named().agree("U9").agree("U1").agree("U1");

        assertThat(s.agreedCount()).isEqualTo(1);
        assertThat(s.isStakeholder("U9")).isFalse();
    }

    @Test
    void changing_the_criteria_clears_every_agreement_but_spacing_does_not() {
        SignOffs agreed = named().agree("U1").agree("U2");

        assertThat(agreed.withCriteria("Escalations down 30% within a month").agreedCount())
                .isZero();
        assertThat(agreed.withCriteria("  Escalations down 20%\nwithin a month ")
                        .agreedCount())
                .isEqualTo(2);
    }

    @Test
    void changing_the_stakeholders_keeps_the_agreement_of_those_still_named() {
        SignOffs s = named().agree("U1").agree("U2").withStakeholders(List.of("U2", "U4", "U2"));

        assertThat(s.stakeholders()).containsExactly("U2", "U4");
        assertThat(s.agreed()).containsExactly("U2");
        assertThat(s.summary()).isEqualTo("criteria agreed by 1 of 2");
    }

    @Test
    void nobody_named_is_never_complete() {
        SignOffs none = SignOffs.from(Answers.none());

        assertThat(none.criteria()).isEmpty();
        assertThat(none.summary()).isEqualTo("no stakeholders named");
        assertThat(none.complete()).isFalse();
        assertThat(new SignOffs("x", List.of("U1"), Set.of("U1", "U7")).agreed())
                .containsExactly("U1");
    }
}
