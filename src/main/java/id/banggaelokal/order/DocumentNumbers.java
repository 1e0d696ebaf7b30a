package id.banggaelokal.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Gap-free document numbers per owner and year, such as {@code SP/DISKOMINFO/2026/7}. The counter
 * row stays locked until the taking transaction ends; a number taken by a transaction that rolls
 * back is taken again by the next one.
 */
@ApplicationScoped
class DocumentNumbers {

  enum Kind {
    /** Surat Pesanan: the purchase order of a work unit. */
    SP,
    /** Berita Acara Serah Terima: the handover record of a delivery. */
    BAST,
    /** A supplier's invoice. */
    INV
  }

  private final EntityManager entityManager;

  DocumentNumbers(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  String next(Kind kind, String owner, int year) {
    Number value =
        (Number)
            entityManager
                .createNativeQuery(
                    """
                    insert into document_counter (kind, work_unit_code, year, last_value)
                    values (:kind, :owner, :year, 1)
                    on conflict (kind, work_unit_code, year)
                    do update set last_value = document_counter.last_value + 1
                    returning last_value
                    """)
                .setParameter("kind", kind.name())
                .setParameter("owner", owner)
                .setParameter("year", year)
                .getSingleResult();
    return kind.name() + "/" + owner + "/" + year + "/" + value.intValue();
  }
}
