package dev.aliyunmock.world;

import dev.aliyunmock.api.ApiError;
import dev.aliyunmock.api.ApiException;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * One kind's resources in a world, indexed as every kind needs them: by id in creation order, by
 * scope (owner and region, in creation order), and by the ClientToken each was created with (the
 * idempotency of the Create actions). A kind's store composes one and keeps its own indexes
 * beside it:
 *
 * <pre>{@code
 * private final ScopedIndex<VSwitch> vSwitches = new ScopedIndex<>(guard);
 * public ScopedView<VSwitch> in(Scope scope) { return vSwitches.in(scope); }
 * void add(VSwitch v, ClientToken clientToken) {
 *   vSwitches.add(v, clientToken);        // checks the write transaction first
 *   byVpc.add(v.vpcId(), v);
 * }
 * }</pre>
 *
 * <p>Its mutators call {@link Guard#checkWritable()} before they change anything.
 *
 * @param <T> the resource type
 */
public final class ScopedIndex<T extends Resource> {
  private final Guard guard;
  private final Map<String, T> byId = new LinkedHashMap<>();
  /** owner + region → its resources, in creation order: what a caller's scope sees. */
  private final Map<String, Map<String, T>> byScope = new HashMap<>();
  /** owner + ClientToken → the resource created with it, and the request that did. */
  private final Map<String, Created> clientTokens = new HashMap<>();

  private record Created(String id, ClientToken token) {}

  public ScopedIndex(Guard guard) {
    this.guard = guard;
  }

  /**
   * A deep copy, for a store's {@link KindStore#copy()}: each resource through {@code copyOf}, in
   * the same order, and the same client tokens.
   */
  public ScopedIndex<T> copy(UnaryOperator<T> copyOf) {
    ScopedIndex<T> c = new ScopedIndex<>(guard);
    for (T r : byId.values()) {
      c.put(copyOf.apply(r));
    }
    c.clientTokens.putAll(clientTokens);
    return c;
  }

  // ---------------------------------------------------------------- reads

  /** The resources a caller sees: its own, in one region. */
  public ScopedView<T> in(Scope scope) {
    return new ScopedView<>(this, scope);
  }

  /**
   * The resource of that id, whoever owns it: for the fixture loader, the transitions and the
   * rules that must look across accounts (say why where it is called).
   */
  public Optional<T> acrossAccounts(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The owner's resource of that id, in any region: for a request that names no region. */
  public Optional<T> owned(String ownerId, String id) {
    return ownedBy(ownerId, byId.get(id));
  }

  /** {@code resource} if {@code ownerId} owns it; empty for {@code null}. */
  public static <T extends Resource> Optional<T> ownedBy(String ownerId, T resource) {
    return resource != null && resource.ownerId().equals(ownerId) ? Optional.of(resource) : Optional.empty();
  }

  public boolean contains(String id) {
    return byId.containsKey(id);
  }

  /** Every resource, in creation order (live view): for dumps and the admin API. */
  public Collection<T> all() {
    return Collections.unmodifiableCollection(byId.values());
  }

  /**
   * The resource this owner created with this ClientToken, if it still exists; empty for no token.
   *
   * @throws ApiException {@code IdempotentParameterMismatch} if the token created it with other parameters
   */
  public Optional<T> createdWith(String ownerId, ClientToken token) {
    if (token == null) {
      return Optional.empty();
    }
    Created created = clientTokens.get(ownerId + '\n' + token.token());
    T resource = created == null ? null : byId.get(created.id());
    if (resource == null) {
      return Optional.empty();
    }
    if (!created.token().request().equals(token.request())) {
      throw new ApiException(ApiError.IDEMPOTENT_PARAMETER_MISMATCH);
    }
    return Optional.of(resource);
  }

  /** How many client tokens are remembered (bounded by the resources that exist). */
  public int clientTokenCount() {
    return clientTokens.size();
  }

  T get(String id) {
    return byId.get(id);
  }

  Collection<T> inScope(Scope scope) {
    Map<String, T> m = byScope.get(scopeKey(scope.ownerId(), scope.regionId()));
    return m == null ? List.of() : Collections.unmodifiableCollection(m.values());
  }

  // ---------------------------------------------------------------- writes

  /**
   * Adds a resource, last in creation order (or in the place of the one of the same id), and
   * remembers the ClientToken its owner created it with.
   *
   * @param clientToken the request's ClientToken, or {@code null}
   */
  public void add(T resource, ClientToken clientToken) {
    guard.checkWritable();
    put(resource);
    if (clientToken != null) {
      clientTokens.put(resource.ownerId() + '\n' + clientToken.token(), new Created(resource.id(), clientToken));
    }
  }

  /** Adds a resource that no ClientToken names (a fixture's). */
  public void add(T resource) {
    add(resource, null);
  }

  /** Removes a resource and what refers to it (its scope's index, client tokens). */
  public void remove(T resource) {
    guard.checkWritable();
    byId.remove(resource.id());
    unscope(resource);
    // A token of a removed resource creates anew: forget it, or create/delete cycles with fresh
    // tokens grow the map without bound.
    clientTokens.values().removeIf(c -> c.id().equals(resource.id()));
  }

  private void put(T r) {
    T old = byId.put(r.id(), r);
    if (old != null && !scopeKey(old.ownerId(), old.regionId()).equals(scopeKey(r.ownerId(), r.regionId()))) {
      unscope(old);
    }
    byScope.computeIfAbsent(scopeKey(r.ownerId(), r.regionId()), k -> new LinkedHashMap<>()).put(r.id(), r);
  }

  private void unscope(T r) {
    String key = scopeKey(r.ownerId(), r.regionId());
    Map<String, T> scope = byScope.get(key);
    if (scope != null) {
      scope.remove(r.id());
      if (scope.isEmpty()) {
        byScope.remove(key);
      }
    }
  }

  private static String scopeKey(String ownerId, String regionId) {
    return ownerId + '\n' + regionId;
  }
}
