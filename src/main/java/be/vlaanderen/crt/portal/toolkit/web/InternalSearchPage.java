package be.vlaanderen.crt.portal.toolkit.web;

import be.vlaanderen.crt.portal.search.Searches;
import be.vlaanderen.crt.portal.search.Searches.Request;
import be.vlaanderen.crt.portal.search.Searches.Result;
import be.vlaanderen.crt.portal.security.AccessPolicy;
import be.vlaanderen.crt.portal.security.CurrentUser;
import be.vlaanderen.crt.portal.security.Role;
import be.vlaanderen.crt.portal.security.UserAccount;
import be.vlaanderen.crt.portal.toolkit.SearchService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * {@code /review/search.xhtml?q=…}: search in the text of the documents handed in that the user may
 * read (a municipality its own, a reviewer those of its municipalities, a coordinator all).
 */
@Named
@RequestScoped
public class InternalSearchPage {

  @Inject CurrentUser currentUser;

  @Inject AccessPolicy access;

  @Inject SearchService search;

  private String q;
  private int page = 1;
  private Result result;

  public void load() {
    UserAccount account = currentUser.account();
    if (q == null || q.isBlank() || account.getRole() == Role.STEERING) {
      return;
    }
    var scope =
        account.getRole() == Role.COORDINATOR
            ? Searches.internalOf(null)
            : Searches.internalOf(access.visibleMunicipalityIds(account));
    result =
        search.search(
            new Request(q.length() > 500 ? q.substring(0, 500) : q, null, null, null, page - 1, 10),
            scope);
  }

  public boolean isSteering() {
    return currentUser.account().getRole() == Role.STEERING;
  }

  public Result getResult() {
    return result;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = Math.max(1, Math.min(1000, page));
  }
}
