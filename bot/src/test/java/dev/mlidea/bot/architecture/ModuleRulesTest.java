package dev.mlidea.bot.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dependency rule of ARCHITECTURE.md, checked on the compiled classes of all three modules. */
class ModuleRulesTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.mlidea");
    }

    @Test
    void the_domain_knows_nothing_of_slack_sql_http_or_json() {
        noClasses()
                .that()
                .resideInAPackage("dev.mlidea.conversations..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "com.slack..",
                        "org.jdbi..",
                        "java.sql..",
                        "javax.sql..",
                        "io.javalin..",
                        "org.postgresql..",
                        "com.google.gson..",
                        "org.slf4j..",
                        "org.flywaydb..",
                        "dev.mlidea.storage..",
                        "dev.mlidea.bot..")
                .check(classes);
    }

    @Test
    void storage_knows_nothing_of_slack_or_http() {
        noClasses()
                .that()
                .resideInAPackage("dev.mlidea.storage..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("com.slack..", "io.javalin..", "dev.mlidea.bot..")
                .check(classes);
    }

    @Test
    void the_domain_reads_no_clock_of_its_own() {
        noClasses()
                .that()
                .resideInAPackage("dev.mlidea.conversations..")
                .should()
                .callMethod(java.time.Instant.class, "now")
                .orShould()
                .callMethod(java.time.LocalDateTime.class, "now")
                .orShould()
                .callMethod(java.time.ZonedDateTime.class, "now")
                .orShould()
                .callMethod(System.class, "currentTimeMillis")
                .check(classes);
    }

    /**
     * Packages of the bot depend on each other one way only, so each can be read, and changed, without
     * the ones that use it: Slack in and out at the edges, orchestration in the middle.
     */
    @Test
    void the_packages_of_the_bot_form_no_cycle() {
        slices().matching("dev.mlidea.bot.(*)..").should().beFreeOfCycles().check(classes);
    }
}
