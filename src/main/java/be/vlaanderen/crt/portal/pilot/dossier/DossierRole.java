package be.vlaanderen.crt.portal.pilot.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One line of a dossier's rights model: an application role mapped to the building blocks. */
@Entity
@Table(name = "dossier_role")
public class DossierRole {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "dossier_id")
  IntegrationDossier dossier;

  int position;

  @Column(name = "local_role")
  String localRole;

  @Column(name = "building_block_role")
  String buildingBlockRole;

  String context;

  protected DossierRole() {}

  DossierRole(
      IntegrationDossier dossier,
      int position,
      String localRole,
      String buildingBlockRole,
      String context) {
    this.dossier = dossier;
    this.position = position;
    this.localRole = localRole;
    this.buildingBlockRole = buildingBlockRole;
    this.context = context;
  }
}
