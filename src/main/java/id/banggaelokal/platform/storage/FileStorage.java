package id.banggaelokal.platform.storage;

import java.util.Optional;
import java.util.UUID;

/**
 * Where uploaded files (supplier documents, listing photos) are kept. Files are addressed by a key
 * the service generates; a client's file name is never part of it.
 */
public interface FileStorage {

  /** Stores the content, in the caller's transaction, and answers its key. */
  UUID store(byte[] content);

  Optional<byte[]> read(UUID key);

  /** Removes the content, in the caller's transaction. */
  void delete(UUID key);
}
