package jp.juchu;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    private static final ApplicationModules MODULES = ApplicationModules.of(JuchuApplication.class);
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("jp.juchu");

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void nothingDependsOnTheEmbeddedEngine() {
        noClasses().that().resideOutsideOfPackage("jp.juchu.engine..")
                .should().dependOnClassesThat().resideInAPackage("jp.juchu.engine..")
                .because("the application talks to the engine only through the Camunda client, as to a real cluster")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void onlyOrchestrationTalksToCamunda() {
        noClasses().that().resideOutsideOfPackages("jp.juchu.orchestration..", "jp.juchu.engine..")
                .should().dependOnClassesThat().resideInAPackage("io.camunda..")
                .because("domain modules publish events; orchestration turns them into process commands")
                .check(CLASSES);
    }
}
