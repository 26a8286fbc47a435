package org.homeward;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Repository;

/** Module boundaries, kept by a tool rather than by memory. */
@AnalyzeClasses(packages = "org.homeward", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule linkageKnowsNothingOfSpringOrTheServer =
      noClasses()
          .that()
          .resideInAPackage("org.homeward.linkage..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.springframework..", "org.homeward.registry..", "org.homeward.web..");

  @ArchTest
  static final ArchRule repositoriesAreUsedOnlyInsideTheirFeature =
      classes()
          .that()
          .areAnnotatedWith(Repository.class)
          .should(
              new com.tngtech.archunit.lang.ArchCondition<
                  com.tngtech.archunit.core.domain.JavaClass>(
                  "be accessed only from their own feature's package") {
                @Override
                public void check(
                    com.tngtech.archunit.core.domain.JavaClass repository,
                    com.tngtech.archunit.lang.ConditionEvents events) {
                  for (var access : repository.getAccessesToSelf()) {
                    String from = access.getOriginOwner().getPackageName();
                    if (!from.equals(repository.getPackageName())) {
                      events.add(
                          com.tngtech.archunit.lang.SimpleConditionEvent.violated(
                              access, access.getDescription()));
                    }
                  }
                }
              });

  @ArchTest
  static final ArchRule registryWebClassesAreNotUsedByOtherFeatures =
      classes()
          .that()
          .resideInAPackage("org.homeward.registry..")
          .and()
          .haveSimpleNameEndingWith("Controller")
          .should()
          .onlyBeAccessed()
          .byAnyPackage("org.homeward.registry..");

  @ArchTest
  static final ArchRule accessWebClassesAreNotUsedByOtherFeatures =
      classes()
          .that()
          .resideInAPackage("org.homeward.access..")
          .and()
          .haveSimpleNameEndingWith("Controller")
          .should()
          .onlyBeAccessed()
          .byAnyPackage("org.homeward.access..");

  @ArchTest
  static final ArchRule noFieldInjection = fields().should().notBeAnnotatedWith(Autowired.class);

  @ArchTest
  static final ArchRule commonValuesDependOnNoFeature =
      noClasses()
          .that()
          .resideInAPackage("org.homeward.common..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.homeward.registry..",
              "org.homeward.access..",
              "org.homeward.demo..",
              "org.springframework..");
}
