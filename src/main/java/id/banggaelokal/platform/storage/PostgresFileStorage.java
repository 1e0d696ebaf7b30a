package id.banggaelokal.platform.storage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Files in PostgreSQL ({@code stored_file}): stored and removed in the same transaction as the
 * record that refers to them, backed up with the rest of the data, and shared by every replica
 * without a shared file system. Files are at most 10 MB, which {@code bytea} handles well.
 */
@ApplicationScoped
class PostgresFileStorage implements FileStorage {

  private final EntityManager entityManager;

  PostgresFileStorage(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public UUID store(byte[] content) {
    UUID key = UUID.randomUUID();
    entityManager
        .createNativeQuery(
            "insert into stored_file (key, content, size_bytes, created_at)"
                + " values (:key, :content, :size, now())")
        .setParameter("key", key)
        .setParameter("content", content)
        .setParameter("size", (long) content.length)
        .executeUpdate();
    return key;
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  @SuppressWarnings("unchecked")
  public Optional<byte[]> read(UUID key) {
    List<byte[]> rows =
        entityManager
            .createNativeQuery("select content from stored_file where key = :key")
            .setParameter("key", key)
            .getResultList();
    return rows.stream().findFirst();
  }

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public void delete(UUID key) {
    entityManager
        .createNativeQuery("delete from stored_file where key = :key")
        .setParameter("key", key)
        .executeUpdate();
  }
}
