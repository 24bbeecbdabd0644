"""Reader tools built on pages and data: the country brief, the readiness
self-assessment and the ODA programme atlas."""
