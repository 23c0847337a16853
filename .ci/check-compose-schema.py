#!/usr/bin/python3
"""Validates docker-compose.yml against the Compose Specification's JSON Schema (compose_spec.json).

The schema is the one Debian's docker-compose package ships (the registries CI reaches carry no newer copy);
docker-compose config checks the merged, interpolated file, this checks the file as written, every key of it.
Usage: check-compose-schema.py COMPOSE_FILE [SCHEMA]
"""
import json
import sys

import jsonschema
import yaml

compose_file = sys.argv[1]
schema_file = sys.argv[2] if len(sys.argv) > 2 else "/usr/lib/python3/dist-packages/compose/config/compose_spec.json"
with open(schema_file, encoding="utf-8") as f:
    schema = json.load(f)
with open(compose_file, encoding="utf-8") as f:
    document = yaml.safe_load(f)
# the file says draft 2019-09 with an old URI that jsonschema does not recognise: name the draft
validator = jsonschema.Draft201909Validator(schema)
errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
for e in errors:
    where = "/".join(str(p) for p in e.absolute_path) or "(top level)"
    print(f"{compose_file}: {where}: {e.message}", file=sys.stderr)
if errors:
    sys.exit(1)
print(f"{compose_file} is valid against {schema.get('title', 'the schema')} ({schema_file})")
