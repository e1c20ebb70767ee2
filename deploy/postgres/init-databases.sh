#!/bin/sh
# The PostgreSQL image runs this once, on an empty data directory: for every service a database of
# its own, an owner role that its migrate command connects as, and a runtime role that the service
# itself connects as (granted by the migrate command exactly what the service needs).
set -eu
for service in gateway clients budget locations youth debt audit; do
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres <<SQL
CREATE ROLE ${service}_owner LOGIN PASSWORD '${MIENSKIP_DB_OWNER_PASSWORD}';
CREATE ROLE ${service}_runtime LOGIN PASSWORD '${MIENSKIP_DB_RUNTIME_PASSWORD}';
CREATE DATABASE ${service} OWNER ${service}_owner;
REVOKE ALL ON DATABASE ${service} FROM PUBLIC;
GRANT CONNECT ON DATABASE ${service} TO ${service}_runtime;
SQL
done
