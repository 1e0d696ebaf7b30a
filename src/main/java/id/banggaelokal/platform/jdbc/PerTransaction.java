package id.banggaelokal.platform.jdbc;

import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Values kept for the current transaction only, by key: what a transaction has read once and asks
 * again (the caller's work unit, an order's supplier), forgotten when it ends. Kept as a resource
 * of the transaction synchronization registry; use it only inside a transaction.
 *
 * @param <K> the key
 * @param <V> the value, never null (an absent row is an empty {@code Optional})
 */
public final class PerTransaction<K, V> {

  private final TransactionSynchronizationRegistry transactions;

  /** The key of this instance's values in the registry. */
  private final Object resource = new Object();

  public PerTransaction(TransactionSynchronizationRegistry transactions) {
    this.transactions = transactions;
  }

  /** The value for this key, computed by {@code compute} the first time this transaction asks. */
  public V get(K key, Function<K, V> compute) {
    Map<K, V> values = values();
    V value = values.get(key);
    if (value == null) {
      value = compute.apply(key);
      values.put(key, value);
    }
    return value;
  }

  /** Forgets every value of this transaction, after it changed what they were read from. */
  public void forget() {
    transactions.putResource(resource, null);
  }

  @SuppressWarnings("unchecked") // the registry keeps resources untyped; only this instance puts it
  private Map<K, V> values() {
    Map<K, V> values = (Map<K, V>) transactions.getResource(resource);
    if (values == null) {
      values = new HashMap<>();
      transactions.putResource(resource, values);
    }
    return values;
  }
}
