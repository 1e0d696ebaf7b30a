package id.banggaelokal.order;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
class OrderRepository implements PanacheRepository<Order> {}
