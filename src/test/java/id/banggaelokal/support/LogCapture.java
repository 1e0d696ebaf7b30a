package id.banggaelokal.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * What a log category writes while a test listens: each record is read as it is written (its log
 * context is the writer's only then) into what the test compares, or left out when that is null.
 *
 * @param <T> what a record is read into
 */
public final class LogCapture<T> implements AutoCloseable {

  private final Logger logger;
  private final List<T> captured = new CopyOnWriteArrayList<>();
  private final Handler handler;

  private LogCapture(String category, Function<LogRecord, T> read) {
    this.logger = Logger.getLogger(category);
    this.handler =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            T value = read.apply(record);
            if (value != null) {
              captured.add(value);
            }
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    logger.addHandler(handler);
  }

  /** Starts listening to {@code category} and its subcategories. */
  public static <T> LogCapture<T> of(String category, Function<LogRecord, T> read) {
    return new LogCapture<>(category, read);
  }

  /** What was captured so far, in the order it was written. */
  public List<T> captured() {
    return List.copyOf(captured);
  }

  public void clear() {
    captured.clear();
  }

  @Override
  public void close() {
    logger.removeHandler(handler);
  }
}
