package be.vlaanderen.crt.portal.municipality;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Objects;

/** A local government taking part in a programme. Its name is unique across the portal. */
@Entity
@Table(name = "municipality")
@NamedQuery(
    name = "Municipality.byName",
    query = "SELECT m FROM Municipality m WHERE m.name = :name")
public class Municipality {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 120)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Province province;

  protected Municipality() {}

  public Municipality(String name, Province province) {
    this.name = Objects.requireNonNull(name, "name");
    this.province = Objects.requireNonNull(province, "province");
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public Province getProvince() {
    return province;
  }
}
