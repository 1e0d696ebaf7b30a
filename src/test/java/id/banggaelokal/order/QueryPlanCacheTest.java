package id.banggaelokal.order;

import static id.banggaelokal.order.OrderFixtures.direct;
import static id.banggaelokal.order.OrderFixtures.line;
import static id.banggaelokal.order.OrderFixtures.placed;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.banggaelokal.catalog.CatalogFixtures;
import id.banggaelokal.catalog.CatalogFixtures.Seller;
import id.banggaelokal.purchaserequest.PurchaseRequestFixtures.Buyer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.Test;

/**
 * Hibernate caches the plan of each query it runs; a query that adds a plan at every call (a native
 * query typed with a basic result class: Hibernate 7.2 cannot tell its cache keys apart) fills the
 * cache with copies under one hash, and every look-up then compares them all. Placing an order runs
 * the most queries of any request.
 */
@QuarkusTest
class QueryPlanCacheTest {

  private static final int ORDERS = 20;

  @Inject SessionFactory sessionFactory;

  @Test
  void placingOrdersReusesTheCachedQueryPlans() {
    Buyer buyer = Buyer.create();
    Seller seller = Seller.verified();
    long listing =
        CatalogFixtures.published(seller, CatalogFixtures.eventService("Katering", "40000"));
    placed(buyer.token(), direct(line(listing, 2)));
    int before = cachedPlans();

    for (int i = 0; i < ORDERS; i++) {
      placed(buyer.token(), direct(line(listing, 2)));
    }

    // Background jobs may plan their first queries meanwhile, once each; a leaking query adds a
    // plan per order.
    int added = cachedPlans() - before;
    assertTrue(added < ORDERS / 2, added + " query plans added by " + ORDERS + " orders");
  }

  private int cachedPlans() {
    return sessionFactory
        .unwrap(SessionFactoryImplementor.class)
        .getQueryEngine()
        .getInterpretationCache()
        .getNumberOfCachedQueryPlans();
  }
}
