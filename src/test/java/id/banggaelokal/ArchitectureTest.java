package id.banggaelokal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;

/**
 * Package by feature, kept true: a feature talks to another only through its service and its api
 * records, never through its repositories or entities; the platform knows no feature; and JPA
 * entities never reach the HTTP layer.
 */
class ArchitectureTest {

  private static final String BASE = "id.banggaelokal";
  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages(BASE);

  @Test
  void featuresDoNotReachIntoEachOthersRepositoriesOrEntities() {
    ArchRule rule =
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes()
            .that()
            .resideInAPackage(BASE + "..")
            .should(notDependOnPersistenceOfAnotherFeature());
    rule.check(CLASSES);
  }

  @Test
  void nativeQueriesAreUntyped() {
    noClasses()
        .should()
        .callMethod(EntityManager.class, "createNativeQuery", String.class, Class.class)
        .orShould()
        .callMethod(Session.class, "createNativeQuery", String.class, Class.class)
        .because(
            "Hibernate 7.2 caches the plan of a native query typed with a basic class under a key"
                + " without equals: one more plan per call, all under one hash (QueryPlanCacheTest)")
        .check(CLASSES);
  }

  @Test
  void platformDoesNotDependOnFeatures() {
    noClasses()
        .that()
        .resideInAPackage(BASE + ".platform..")
        .should()
        .dependOnClassesThat(
            DescribedPredicate.describe(
                "belong to a feature",
                (JavaClass c) ->
                    !feature(c).equals("platform") && c.getPackageName().startsWith(BASE + ".")))
        .check(CLASSES);
  }

  @Test
  void apiRecordsDoNotExposeEntities() {
    noClasses()
        .that()
        .resideInAPackage(BASE + "..api..")
        .should()
        .dependOnClassesThat()
        .areAnnotatedWith(Entity.class)
        .check(CLASSES);
  }

  private static ArchCondition<JavaClass> notDependOnPersistenceOfAnotherFeature() {
    return new ArchCondition<>("not depend on another feature's repositories or entities") {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        origin
            .getDirectDependenciesFromSelf()
            .forEach(
                dependency -> {
                  JavaClass target = dependency.getTargetClass();
                  boolean persistence =
                      target.isAnnotatedWith(Entity.class)
                          || target.getSimpleName().endsWith("Repository");
                  boolean otherFeature =
                      target.getPackageName().startsWith(BASE + ".")
                          && !feature(target).equals(feature(origin))
                          && !feature(target).equals("platform");
                  if (persistence && otherFeature) {
                    events.add(
                        SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                  }
                });
      }
    };
  }

  /** The feature a class belongs to: the first package below the base package. */
  private static String feature(JavaClass javaClass) {
    String rest =
        javaClass
            .getPackageName()
            .substring(Math.min(javaClass.getPackageName().length(), BASE.length() + 1));
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }
}
