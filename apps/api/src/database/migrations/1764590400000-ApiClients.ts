import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Machine credentials for integrators (OAuth 2.0 client credentials). */
export class ApiClients1764590400000 implements MigrationInterface {
  name = 'ApiClients1764590400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE api_clients (
        id uuid NOT NULL,
        name text NOT NULL,
        client_id text NOT NULL,
        secret_hash text NOT NULL,
        scopes text[] NOT NULL,
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz,
        revoked_at timestamptz,
        CONSTRAINT pk_api_clients PRIMARY KEY (id),
        CONSTRAINT uq_api_clients_client_id UNIQUE (client_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE api_clients`);
  }
}
