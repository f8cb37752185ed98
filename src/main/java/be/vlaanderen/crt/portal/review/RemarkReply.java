package be.vlaanderen.crt.portal.review;

import be.vlaanderen.crt.portal.security.UserAccount;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** One message in the thread under a remark; never changed once written. */
@Entity
@Table(name = "remark_reply")
public class RemarkReply {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "remark_id", updatable = false)
  private Remark remark;

  @ManyToOne(optional = false)
  @JoinColumn(name = "author_id", updatable = false)
  private UserAccount author;

  @Column(nullable = false, updatable = false, columnDefinition = "TEXT")
  private String body;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected RemarkReply() {}

  public RemarkReply(Remark remark, UserAccount author, String body, Instant createdAt) {
    this.remark = Objects.requireNonNull(remark, "remark");
    this.author = Objects.requireNonNull(author, "author");
    this.body = Objects.requireNonNull(body, "body");
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
  }

  public Long getId() {
    return id;
  }

  public Remark getRemark() {
    return remark;
  }

  public UserAccount getAuthor() {
    return author;
  }

  public String getBody() {
    return body;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
