package org.sahelsim.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the package dependencies of docs/odd and STYLE true: the model core is headless and does no
 * file I/O; only the command line sits on top of everything.
 */
class PackageBoundariesTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.sahelsim");
    }

    @Test
    void modelAndRulesAreHeadlessAndDoNoFileIo() {
        noClasses().that().resideInAnyPackage("org.sahelsim.model..", "org.sahelsim.rules..")
                .should().dependOnClassesThat().resideInAnyPackage("java.awt..", "javax.swing..", "org.jfree..",
                        "picocli..", "java.nio.file..", "com.fasterxml..", "org.yaml..", "sim.display..", "sim.portrayal..",
                        "org.sahelsim.geo..", "org.sahelsim.scenario..", "org.sahelsim.output..", "org.sahelsim.batch..",
                        "org.sahelsim.charts..", "org.sahelsim.stats..", "org.sahelsim.report..", "org.sahelsim.cli..",
                        "org.sahelsim.gui..")
                .because("the model core must run with no display and no file system (STYLE habit 1)")
                .check(classes);
        noClasses().that().resideInAnyPackage("org.sahelsim.model..", "org.sahelsim.rules..")
                .should().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileInputStream")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileOutputStream")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileReader")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileWriter")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.RandomAccessFile")
                .check(classes);
    }

    @Test
    void onlyTheCommandLineUsesTheCommandLine() {
        noClasses().that().resideOutsideOfPackage("org.sahelsim.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("org.sahelsim.cli..", "picocli..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void scenarioNeverStepsAModel() {
        noClasses().that().resideInAnyPackage("org.sahelsim.scenario..")
                .should().dependOnClassesThat().resideInAnyPackage("org.sahelsim.rules..", "org.sahelsim.batch..",
                        "org.sahelsim.output..", "org.sahelsim.charts..", "org.sahelsim.gui..", "org.sahelsim.report..",
                        "sim.engine..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.sahelsim.model.SahelModel")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void presentationDoesNotDriveRuns() {
        noClasses().that().resideInAnyPackage("org.sahelsim.charts..", "org.sahelsim.report..", "org.sahelsim.stats..",
                        "org.sahelsim.output..")
                .should().dependOnClassesThat().resideInAnyPackage("org.sahelsim.batch..", "org.sahelsim.gui..",
                        "org.sahelsim.rules..")
                .allowEmptyShould(true)
                .check(classes);
        noClasses().that().resideInAnyPackage("org.sahelsim.gui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.sahelsim.batch..", "org.sahelsim.report..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void theGuiUsesOnlyTheModelAndTheChartFactories() {
        noClasses().that().resideInAPackage("org.sahelsim.gui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.sahelsim.rules..", "org.sahelsim.scenario..",
                        "org.sahelsim.geo..", "org.sahelsim.batch..", "org.sahelsim.output..", "org.sahelsim.stats..",
                        "org.sahelsim.report..", "org.sahelsim.cli..")
                .because("STYLE: gui uses model and charts; the command line hands it scenarios and rules")
                .check(classes);
        noClasses().that().resideOutsideOfPackages("org.sahelsim.gui..", "org.sahelsim.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.sahelsim.gui..")
                .because("the GUI wraps the model, never the reverse (STYLE habit 1)")
                .check(classes);
    }

    @Test
    void nothingButTheGuiUsesSwing() {
        noClasses().that().resideOutsideOfPackages("org.sahelsim.gui..", "org.sahelsim.charts..")
                .should().dependOnClassesThat().resideInAnyPackage("javax.swing..", "sim.display..", "sim.portrayal..")
                .allowEmptyShould(true)
                .check(classes);
    }
}
