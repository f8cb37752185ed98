package be.vlaanderen.crt.portal.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;

/** A wave (traject) of the BCP track: a group of municipalities following the same workshops. */
@Entity
@Table(name = "wave")
public class Wave {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "programme_id")
  private Programme programme;

  @Column(nullable = false)
  private int number;

  @Column(nullable = false, length = 120)
  private String name;

  /** How many municipalities the wave takes (the programme has two waves of 25). */
  @Column(nullable = false)
  private int capacity = 25;

  protected Wave() {}

  public Wave(Programme programme, int number, String name) {
    this.programme = Objects.requireNonNull(programme, "programme");
    if (number < 1) {
      throw new IllegalArgumentException("A wave number starts at 1");
    }
    this.number = number;
    this.name = Objects.requireNonNull(name, "name");
  }

  public Long getId() {
    return id;
  }

  public Programme getProgramme() {
    return programme;
  }

  public int getNumber() {
    return number;
  }

  public String getName() {
    return name;
  }

  /** Sets how many municipalities the wave takes. */
  public void limitTo(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("A wave takes at least one municipality");
    }
    this.capacity = capacity;
  }

  public int getCapacity() {
    return capacity;
  }
}
