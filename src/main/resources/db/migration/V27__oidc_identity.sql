-- Login through ACM/IDM (OpenID Connect). An account is linked to the provider's identity by its
-- subject on the first OIDC login; a municipality carries its official code (NIS), which the
-- provider's organisation claim must match before a contact person of that municipality is let in.
ALTER TABLE user_account ADD COLUMN oidc_subject VARCHAR(255) NULL;
ALTER TABLE user_account ADD COLUMN oidc_linked_at DATETIME(3) NULL;
CREATE UNIQUE INDEX uk_user_account_oidc_subject ON user_account (oidc_subject);
ALTER TABLE municipality ADD COLUMN nis_code VARCHAR(10) NULL;
CREATE UNIQUE INDEX uk_municipality_nis_code ON municipality (nis_code);
