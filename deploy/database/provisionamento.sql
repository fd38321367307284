-- Provisionamento do banco proteomics, uma vez por ambiente, como usuário mestre (proteomics_admin),
-- pelo caminho de break-glass (CloudShell VPC, security group proteomics-db-break-glass, TLS obrigatório).
-- Idempotente: pode ser reaplicado depois de uma restauração.

-- Papéis de login sem senha: entram só com token IAM, pelo RDS Proxy (rds_iam).
DO $$
DECLARE
    papel text;
BEGIN
    FOREACH papel IN ARRAY ARRAY['app_migrator', 'app_api', 'app_status', 'app_web'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = papel) THEN
            EXECUTE format('CREATE ROLE %I LOGIN', papel);
        END IF;
    END LOOP;
END
$$;
GRANT rds_iam TO app_migrator, app_api, app_status, app_web;

-- A migração é dona dos esquemas: cria tabelas e concede privilégios sobre elas, sem criar papéis.
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT CONNECT ON DATABASE proteomics TO app_migrator, app_api, app_status, app_web;
CREATE SCHEMA IF NOT EXISTS app AUTHORIZATION app_migrator;
CREATE SCHEMA IF NOT EXISTS web AUTHORIZATION app_migrator;
CREATE EXTENSION IF NOT EXISTS citext;

-- pg_cron: carregado pelo grupo de parâmetros do cluster (cron.database_name = proteomics).
CREATE EXTENSION IF NOT EXISTS pg_cron;
SELECT cron.schedule('retencao-diaria', '15 3 * * *', 'CALL app.apply_retention()');
