package dev.aliyunmock.wiremock;

import com.github.tomakehurst.wiremock.common.FileSource;
import com.github.tomakehurst.wiremock.store.RecorderStateStore;
import com.github.tomakehurst.wiremock.store.BlobStore;
import com.github.tomakehurst.wiremock.store.DefaultStores;
import com.github.tomakehurst.wiremock.store.ObjectStore;
import com.github.tomakehurst.wiremock.store.RequestJournalStore;
import com.github.tomakehurst.wiremock.store.ScenariosStore;
import com.github.tomakehurst.wiremock.store.SettingsStore;
import com.github.tomakehurst.wiremock.store.Stores;
import com.github.tomakehurst.wiremock.store.StubMappingStore;
import java.util.function.Supplier;

/**
 * WireMock's default stores with the {@link BoundedJournalStore} as request journal (bounded by
 * 32 MiB of estimated size, besides WireMock's own count): what {@code
 * AliyunMockServer} gives WireMock unless told otherwise ({@code .wireMock(o ->
 * o.withStores(…))}). The default stores are made on first use, from the files root WireMock was
 * finally configured with.
 *
 * <pre>{@code
 * WireMockConfiguration o = WireMockConfiguration.options().maxRequestJournalEntries(10_000);
 * o.withStores(JournalBoundedStores.of(o::filesRoot));
 * }</pre>
 */
public final class JournalBoundedStores implements Stores {
  private final Supplier<FileSource> filesRoot;
  private final BoundedJournalStore journal;
  private volatile DefaultStores defaults;

  private JournalBoundedStores(Supplier<FileSource> filesRoot, BoundedJournalStore journal) {
    this.filesRoot = filesRoot;
    this.journal = journal;
  }

  /** The default stores, with a request journal bounded by 32 MiB. */
  public static JournalBoundedStores of(Supplier<FileSource> filesRoot) {
    return of(filesRoot, BoundedJournalStore.DEFAULT_MAX_BYTES);
  }

  /** The default stores, with a request journal bounded by {@code maxJournalBytes} (estimated). */
  public static JournalBoundedStores of(Supplier<FileSource> filesRoot, long maxJournalBytes) {
    return new JournalBoundedStores(filesRoot, new BoundedJournalStore(maxJournalBytes));
  }

  /** As {@link #of(Supplier, long)}, answered events kept as WireMock made them (for tests comparing both forms). */
  static JournalBoundedStores uncompacted(Supplier<FileSource> filesRoot, long maxJournalBytes) {
    return new JournalBoundedStores(filesRoot, new BoundedJournalStore(maxJournalBytes, false));
  }

  /** The request journal's estimated size now, in bytes. */
  public long journalBytes() {
    return journal.bytes();
  }

  /** The bound on the request journal's estimated size, in bytes. */
  public long maxJournalBytes() {
    return journal.maxBytes();
  }

  private DefaultStores defaults() {
    DefaultStores d = defaults;
    if (d == null) {
      synchronized (this) {
        d = defaults;
        if (d == null) {
          d = new DefaultStores(filesRoot.get());
          defaults = d;
        }
      }
    }
    return d;
  }

  @Override
  public RequestJournalStore getRequestJournalStore() {
    return journal;
  }

  @Override
  public StubMappingStore getStubStore() {
    return defaults().getStubStore();
  }

  @Override
  public SettingsStore getSettingsStore() {
    return defaults().getSettingsStore();
  }

  @Override
  public ScenariosStore getScenariosStore() {
    return defaults().getScenariosStore();
  }

  @Override
  public RecorderStateStore getRecorderStateStore() {
    return defaults().getRecorderStateStore();
  }

  @Override
  public BlobStore getBlobStore(String name) {
    return defaults().getBlobStore(name);
  }

  @Override
  public ObjectStore getObjectStore(String name, PersistenceType persistenceTypeHint, int maxSize) {
    return defaults().getObjectStore(name, persistenceTypeHint, maxSize);
  }

  @Override
  public void start() {
    defaults().start();
  }

  @Override
  public void stop() {
    defaults().stop();
  }
}
