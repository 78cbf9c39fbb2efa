package dev.workspaces.engine;

import com.google.common.base.Preconditions;
import java.util.Comparator;
import java.util.regex.Pattern;

/**
 * One account in one region: the unit that owns WorkSpaces, directories, bundles and tags.
 * Resources of one scope are invisible from every other scope unless explicitly shared.
 *
 * @param accountId the 12-digit AWS account id
 * @param region the region name, for example {@code us-east-1}
 */
public record Scope(String accountId, String region) implements Comparable<Scope> {
  private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
  private static final Comparator<Scope> ORDER =
      Comparator.comparing(Scope::accountId).thenComparing(Scope::region);

  /** The scope a test gets when it does not name one. */
  public static final Scope DEFAULT = new Scope("123456789012", "us-east-1");

  /**
   * Validates the scope.
   *
   * @throws IllegalArgumentException if the account id is not 12 digits or the region is blank
   */
  public Scope {
    Preconditions.checkArgument(ACCOUNT.matcher(accountId).matches(), "accountId must be 12 digits: %s", accountId);
    Preconditions.checkArgument(!region.isBlank(), "region must not be blank");
  }

  /** Returns the scope for the given account and region. */
  public static Scope of(String accountId, String region) {
    return new Scope(accountId, region);
  }

  @Override
  public int compareTo(Scope other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return accountId + "/" + region;
  }
}
