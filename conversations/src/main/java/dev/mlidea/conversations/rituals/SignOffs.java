package dev.mlidea.conversations.rituals;

import dev.mlidea.conversations.intake.Answer;
import dev.mlidea.conversations.intake.Answers;
import dev.mlidea.conversations.intake.Questionnaire;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who has agreed the success criteria, of the stakeholders named: "criteria agreed by 2 of 3". The
 * lecture asks to "define success criteria with all of the stakeholders", so only people named count,
 * and an agreement is to a wording: changing the criteria (more than their spacing) clears every
 * agreement.
 *
 * @param criteria the criteria as written
 * @param stakeholders Slack user ids, in the order named, without repeats
 * @param agreed the stakeholders who agreed this wording
 */
public record SignOffs(String criteria, List<String> stakeholders, Set<String> agreed) {

    public SignOffs {
        Objects.requireNonNull(criteria);
        stakeholders = List.copyOf(new LinkedHashSet<>(stakeholders));
        var kept = new TreeSet<>(agreed);
        kept.retainAll(stakeholders);
        agreed = Set.copyOf(kept);
    }

    /** The intake's criteria and stakeholders, nobody agreed yet. */
    public static SignOffs from(Answers answers) {
        String criteria = answers.text(Questionnaire.SUCCESS_CRITERIA).orElse("");
        List<String> named = answers.get(Questionnaire.SUCCESS_STAKEHOLDERS)
                .filter(Answer.People.class::isInstance)
                .map(a -> ((Answer.People) a).userIds())
                .orElse(List.of());
        return new SignOffs(criteria, named, Set.of());
    }

    public boolean isStakeholder(String userId) {
        return stakeholders.contains(userId);
    }

    /** With this person's agreement; someone not named changes nothing. */
    public SignOffs agree(String userId) {
        if (!isStakeholder(userId)) return this;
        var all = new TreeSet<>(agreed);
        all.add(userId);
        return new SignOffs(criteria, stakeholders, all);
    }

    /** New criteria: every agreement is cleared, unless only spacing changed. */
    public SignOffs withCriteria(String newCriteria) {
        if (CommandText.collapse(newCriteria).equals(CommandText.collapse(criteria))) {
            return new SignOffs(newCriteria, stakeholders, agreed);
        }
        return new SignOffs(newCriteria, stakeholders, Set.of());
    }

    /** Other stakeholders: those still named keep their agreement. */
    public SignOffs withStakeholders(List<String> named) {
        return new SignOffs(criteria, named, agreed);
    }

    public int agreedCount() {
        return agreed.size();
    }

    public int namedCount() {
        return stakeholders.size();
    }

    /** The stakeholders who have not agreed yet, in the order named. */
    public List<String> waitingFor() {
        return stakeholders.stream().filter(id -> !agreed.contains(id)).toList();
    }

    /** Everyone named agreed (and someone was named). */
    public boolean complete() {
        return !stakeholders.isEmpty() && agreed.size() == stakeholders.size();
    }

    /** "criteria agreed by 2 of 3"; "no stakeholders named" when nobody is. */
    public String summary() {
        if (stakeholders.isEmpty()) return "no stakeholders named";
        return "criteria agreed by " + agreed.size() + " of " + stakeholders.size();
    }
}
