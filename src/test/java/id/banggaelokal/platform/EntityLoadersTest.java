package id.banggaelokal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.banggaelokal.platform.paging.PageParams;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.engine.spi.LoadQueryInfluencers;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.junit.jupiter.api.Test;

/**
 * Hibernate builds the loader of an entity or a collection once, and reuses it, unless the session
 * asks for something else; then it builds a new loader, with its SQL, at every load. A
 * {@code @BatchSize} that differs from the default batch size is such a difference (Hibernate 7.2
 * compares the session's batch size with the collection's own): the lines of every order read were
 * loaded by a loader built for that one read. A plain session must take every loader as it is.
 */
@QuarkusTest
class EntityLoadersTest {

  @Inject SessionFactory sessionFactory;
  @Inject Session session;

  @Test
  void aPlainSessionReusesEveryLoader() {
    List<String> rebuilt = new ArrayList<>();
    List<Integer> batchSize = new ArrayList<>();
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              LoadQueryInfluencers influencers =
                  session.unwrap(SharedSessionContractImplementor.class).getLoadQueryInfluencers();
              batchSize.add(influencers.getBatchSize());
              var metamodel =
                  sessionFactory.unwrap(SessionFactoryImplementor.class).getMappingMetamodel();
              metamodel.forEachEntityDescriptor(
                  entity -> {
                    if (entity.isAffectedByInfluencers(influencers, true)) {
                      rebuilt.add(entity.getEntityName());
                    }
                  });
              metamodel.forEachCollectionDescriptor(
                  collection -> {
                    if (collection
                        .getAttributeMapping()
                        .isAffectedByInfluencers(influencers, true)) {
                      rebuilt.add(collection.getRole());
                    }
                  });
            });
    assertEquals(List.of(), rebuilt, "loaders built anew at every load");
    // A page of orders (or requests, or quotations) loads the lines of all of them in one query.
    assertEquals(List.of(PageParams.MAX_SIZE), batchSize, "batch size");
  }
}
