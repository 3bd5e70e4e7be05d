package dev.mlidea.bot;

import dev.mlidea.bot.intake.AfterIntake;
import dev.mlidea.storage.ProjectRecord;
import dev.mlidea.storage.UnitOfWork;
import java.util.List;

/** The collaborators Main and the tests share. */
final class Wiring {
    private Wiring() {}

    static AfterIntake afterIntake() {
        return new AfterIntake() {
            @Override
            public void intakeCompleted(UnitOfWork uow, ProjectRecord project, String actor) {}

            @Override
            public List<String> cardLines(UnitOfWork uow, ProjectRecord project) {
                return List.of();
            }
        };
    }
}
